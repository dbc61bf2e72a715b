import type { Metadata } from "next";
import Link from "next/link";
import { formatPercent } from "@/components/quiz/format-quiz";
import { buttonClass } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import type { GradebookCell } from "@/lib/quiz/build-gradebook";
import { instructorRoles, requirePageUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { orNotFound } from "@/server/http/not-found-on-app-error";
import { getGradebook } from "@/server/quiz/get-gradebook";

export const metadata: Metadata = { title: "Gradebook" };
export const dynamic = "force-dynamic";

export default async function GradebookPage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requirePageUser(instructorRoles);
  const { classId } = await params;
  const { className, gradebook } = await orNotFound(getGradebook(user, classId, await currentTime()));
  const base = `/instructor/classes/${classId}`;
  return (
    <>
      <PageHeader
        title={`Gradebook: ${className}`}
        description={<Link href={base} className="text-brand-700 underline">Back to the class</Link>}
        actions={<a href={`/api/instructor/classes/${classId}/gradebook-csv`} className={buttonClass("secondary")} download>Export gradebook (CSV)</a>}
      />
      {gradebook.rows.length === 0 || gradebook.columns.length === 0 ? (
        <EmptyState title="Nothing to grade yet">Students and assigned quizzes appear here.</EmptyState>
      ) : (
        <Table caption={`Gradebook of ${className}: students by assignments`} data-testid="gradebook">
          <thead className="bg-slate-50">
            <tr>
              <Th className="sticky left-0 bg-slate-50">Student</Th>
              {gradebook.columns.map((c) => (
                <Th key={c.assignment.id}>
                  <Link href={`${base}/assignments/${c.assignment.id}`} className="text-brand-700 underline">{c.assignment.title}</Link>
                  <span className="block text-xs font-normal text-slate-700">avg {formatPercent(c.averagePercent)}</span>
                </Th>
              ))}
              <Th>Average</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {gradebook.rows.map((row) => (
              <tr key={row.student.userId}>
                <Th scope="row" className="sticky left-0 bg-white font-medium">{row.student.name ?? row.student.email}</Th>
                {row.cells.map((cell, i) => (
                  <Td key={cell.assignmentId} data-assignment={gradebook.columns[i]!.assignment.title}>
                    <CellView cell={cell} href={`${base}/assignments/${cell.assignmentId}/students/${row.student.userId}`} />
                  </Td>
                ))}
                <Td>{formatPercent(row.averagePercent)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}

/**
 * One of up to 500 × 20 cells: plain anchors, not next/link. A Link per cell is a client component rendered 10,000
 * times on the server and serialized into the page's RSC payload, and each would prefetch its page when scrolled
 * into view (npm run bench, docs/benchmarks.md: ~1.4 s of server CPU and 11 MB of HTML per gradebook view).
 */
function CellView({ cell, href }: { cell: GradebookCell; href: string }) {
  if (cell.status === "not_started") {
    return cell.missing ? <Badge tone="danger">missing</Badge> : <span className="text-slate-600">not started</span>;
  }
  if (cell.status === "in_progress") return <a href={href} className="text-brand-700 underline">in progress</a>;
  return (
    <span className="flex flex-wrap items-center gap-1">
      <a href={href} className="text-brand-700 underline">{cell.score} / {cell.maxScore}</a>
      <span className="text-slate-700">({formatPercent(cell.percent)})</span>
      <span className="text-xs text-slate-700">{cell.attempts} att.</span>
      {cell.late && <Badge tone="warning">late</Badge>}
    </span>
  );
}
