import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatPercent } from "@/components/quiz/format-quiz";
import { LocalTime } from "@/components/quiz/local-time";
import { Badge, Card } from "@/components/ui/card";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { instructorRoles, requirePageUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { orNotFound } from "@/server/http/not-found-on-app-error";
import { getStudentAttempts } from "@/server/quiz/get-student-attempts";

export const metadata: Metadata = { title: "Student attempts" };
export const dynamic = "force-dynamic";

export default async function StudentAttemptsPage({ params }: { params: Promise<{ classId: string; assignmentId: string; userId: string }> }) {
  const user = await requirePageUser(instructorRoles);
  const { classId, assignmentId, userId } = await params;
  const detail = await orNotFound(getStudentAttempts(user, { assignmentId, userId }, await currentTime()));
  if (detail.assignment.classId !== classId) notFound();
  const name = detail.student.name ?? detail.student.email;
  return (
    <>
      <PageHeader
        title={`${name}: ${detail.assignment.title}`}
        description={
          <>
            <Link href={`/instructor/classes/${classId}/assignments/${assignmentId}`} className="text-brand-700 underline">Back to the assignment</Link>
            {detail.removed && <Badge tone="warning" className="ml-2">removed from the class</Badge>}
          </>
        }
      />
      {detail.attempts.length === 0 && <EmptyState title="No attempts">This student has not started the quiz.</EmptyState>}
      <div className="space-y-6">
        {detail.attempts.map((a) => (
          <Card key={a.id} aria-labelledby={`attempt-${a.number}`}>
            <h2 id={`attempt-${a.number}`} className="text-lg font-semibold text-slate-900">
              Attempt {a.number}: {a.score === null ? "in progress" : `${a.score} / ${a.maxScore} (${formatPercent(a.percent)})`}
              {a.counted && <Badge tone="success" className="ml-2">counts</Badge>}
              {a.late && <Badge tone="warning" className="ml-2">late</Badge>}
              {a.autoSubmitted && <Badge className="ml-2">time ran out</Badge>}
            </h2>
            <p className="mb-3 text-sm text-slate-700">
              Started <LocalTime iso={a.startedAt.toISOString()} withSeconds />
              {a.submittedAt && <> · submitted <LocalTime iso={a.submittedAt.toISOString()} withSeconds /></>}
            </p>
            <Table caption={`Attempt ${a.number}, question by question`}>
              <thead className="bg-slate-50">
                <tr><Th>#</Th><Th>Question</Th><Th>Answer given</Th><Th>Right answer</Th><Th>Result</Th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {a.questions.map((q) => (
                  <tr key={q.questionId}>
                    <Td>{q.number}</Td>
                    <Td className="max-w-sm">{q.prompt}</Td>
                    <Td>{q.response && q.response !== "" ? q.response : <span className="text-slate-600">(no answer)</span>}</Td>
                    <Td>{q.answer}</Td>
                    <Td>{q.correct === null ? "—" : <Badge tone={q.correct ? "success" : "danger"}>{q.correct ? "correct" : "wrong"}</Badge>}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>
        ))}
      </div>
    </>
  );
}
