import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/server/auth/session-user";
import { listMyClasses } from "@/server/classes/list-my-classes";

export const metadata: Metadata = { title: "Your classes" };

export default async function ClassesPage() {
  const user = await requirePageUser();
  const classes = await listMyClasses(user);
  return (
    <>
      <PageHeader
        title="Your classes"
        description="Quizzes your instructors assign appear in their class."
        actions={<Link href="/classes/join" className={buttonClass("primary")}>Join a class</Link>}
      />
      {classes.length === 0 ? (
        <EmptyState title="You are not in any class yet">Ask your instructor for the join code of the class, then join it.</EmptyState>
      ) : (
        <Table caption="Your classes">
          <thead className="bg-slate-50">
            <tr><Th>Class</Th><Th>Instructor</Th><Th>Assignments</Th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {classes.map((c) => (
              <tr key={c.id}>
                <Td><Link href={`/classes/${c.id}`} className="font-medium text-brand-700 underline">{c.name}</Link></Td>
                <Td>{c.instructorName}</Td>
                <Td>{c.assignmentCount}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
