import type { Metadata } from "next";
import Link from "next/link";
import { formatDuration, formatPercent } from "@/components/quiz/format-quiz";
import { LocalTime } from "@/components/quiz/local-time";
import { Badge } from "@/components/ui/card";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/server/auth/session-user";
import { getMyClass } from "@/server/classes/get-my-class";
import { currentTime } from "@/server/clock";
import { orNotFound } from "@/server/http/not-found-on-app-error";

export const metadata: Metadata = { title: "Class" };

const stateLabels = {
  open: { text: "Open", tone: "info" },
  in_progress: { text: "In progress", tone: "warning" },
  not_open: { text: "Not open yet", tone: "neutral" },
  closed: { text: "Closed", tone: "neutral" },
  done: { text: "Done", tone: "success" },
} as const;

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requirePageUser();
  const { classId } = await params;
  const cls = await orNotFound(getMyClass(user, classId, await currentTime()));
  return (
    <>
      <PageHeader title={cls.name} description={`Instructor: ${cls.instructorName}`} />
      {cls.assignments.length === 0 ? (
        <EmptyState title="No quizzes assigned yet">Quizzes from your instructor will appear here.</EmptyState>
      ) : (
        <Table caption={`Quizzes in ${cls.name}`}>
          <thead className="bg-slate-50">
            <tr><Th>Quiz</Th><Th>Opens</Th><Th>Due</Th><Th>Time limit</Th><Th>Attempts</Th><Th>Grade</Th><Th>Status</Th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {cls.assignments.map((a) => (
              <tr key={a.id}>
                <Td><Link href={`/classes/${cls.id}/assignments/${a.id}`} className="font-medium text-brand-700 underline">{a.title}</Link></Td>
                <Td><LocalTime iso={a.opensAt.toISOString()} /></Td>
                <Td><LocalTime iso={a.dueAt.toISOString()} /></Td>
                <Td>{formatDuration(a.timeLimitSeconds)}</Td>
                <Td>{a.attemptsUsed} of {a.maxAttempts}</Td>
                <Td>{a.grade ? `${a.grade.score} / ${a.grade.maxScore} (${formatPercent(a.grade.percent)})` : "—"}</Td>
                <Td><Badge tone={stateLabels[a.state].tone}>{stateLabels[a.state].text}</Badge></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
