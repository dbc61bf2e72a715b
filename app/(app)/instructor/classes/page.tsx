import type { Metadata } from "next";
import Link from "next/link";
import { CreateClassForm } from "@/components/classes/create-class-form";
import { Card } from "@/components/ui/card";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatJoinCode } from "@/lib/quiz/generate-join-code";
import { instructorRoles, requirePageUser } from "@/server/auth/session-user";
import { listTaughtClasses } from "@/server/classes/list-taught-classes";
import { listCourses } from "@/server/courses/list-courses";

export const metadata: Metadata = { title: "Your classes" };

export default async function InstructorClassesPage() {
  const user = await requirePageUser(instructorRoles);
  const [classes, courses] = await Promise.all([listTaughtClasses(user), listCourses(user)]);
  return (
    <>
      <PageHeader title="Your classes" description="Create a class, give students its join code, assign quizzes and follow their scores." />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="classes-heading">
          <h2 id="classes-heading" className="sr-only">Classes</h2>
          {classes.length === 0 ? (
            <EmptyState title="No classes yet">Create your first class with the form.</EmptyState>
          ) : (
            <Table caption="Your classes">
              <thead className="bg-slate-50">
                <tr><Th>Class</Th><Th>Join code</Th><Th>Students</Th><Th>Assignments</Th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {classes.map((c) => (
                  <tr key={c.id}>
                    <Td><Link href={`/instructor/classes/${c.id}`} className="font-medium text-brand-700 underline">{c.name}</Link></Td>
                    <Td className="font-mono">{formatJoinCode(c.joinCode)}</Td>
                    <Td>{c.studentCount}</Td>
                    <Td>{c.assignmentCount}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </section>
        <Card aria-labelledby="create-heading">
          <h2 id="create-heading" className="mb-3 text-lg font-semibold text-slate-900">New class</h2>
          <CreateClassForm courses={courses.map((c) => ({ id: c.id, title: c.title }))} />
        </Card>
      </div>
    </>
  );
}
