import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { instructorRoles, requirePageUser } from "@/server/auth/session-user";
import { listOwnedQuestionSets } from "@/server/content/list-owned-question-sets";

export const metadata: Metadata = { title: "Question sets" };

export default async function QuestionSetsPage() {
  const user = await requirePageUser(instructorRoles);
  const sets = await listOwnedQuestionSets(user);
  return (
    <>
      <PageHeader
        title="Your question sets"
        description="Upload a document to generate questions, review them, then publish the set for your students."
        actions={<Link href="/instructor/question-sets/new" className={buttonClass("primary")}>Upload a document</Link>}
      />
      {sets.length === 0 ? (
        <EmptyState title="No question sets yet">Upload a text, Markdown, PDF or Word document to get started.</EmptyState>
      ) : (
        <Table caption="Your question sets">
          <thead className="bg-slate-50">
            <tr><Th>Set</Th><Th>Course</Th><Th>Status</Th><Th>Pending</Th><Th>Approved</Th><Th>Rejected</Th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {sets.map((set) => (
              <tr key={set.id}>
                <Td>
                  <Link href={`/instructor/question-sets/${set.id}`} className="font-medium text-brand-700 underline">{set.title}</Link>
                </Td>
                <Td>{set.course.title}</Td>
                <Td><Badge tone={set.status === "published" ? "success" : "warning"}>{set.status}</Badge></Td>
                <Td>{set.counts.pending}</Td>
                <Td>{set.counts.approved}</Td>
                <Td>{set.counts.rejected}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
