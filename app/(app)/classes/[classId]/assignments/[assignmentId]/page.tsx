import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/instructor/action-button";
import { formatDuration, formatPercent, gradingLabels, visibilityLabels } from "@/components/quiz/format-quiz";
import { LocalTime } from "@/components/quiz/local-time";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { quizQuestionTypeLabels } from "@/lib/quiz/quiz-question-types";
import { requirePageUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { orNotFound } from "@/server/http/not-found-on-app-error";
import { getMyAssignment } from "@/server/quiz/get-my-assignment";
import { startAttemptAction } from "./actions";

export const metadata: Metadata = { title: "Quiz" };

export default async function StudentAssignmentPage({ params }: { params: Promise<{ classId: string; assignmentId: string }> }) {
  const user = await requirePageUser();
  const { classId, assignmentId } = await params;
  const a = await orNotFound(getMyAssignment(user, { assignmentId }, await currentTime()));
  if (a.classId !== classId) notFound();
  const { decision } = a;
  return (
    <>
      <PageHeader
        title={a.title}
        description={<Link href={`/classes/${a.classId}`} className="text-brand-700 underline">{a.className}</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_3fr]">
        <Card>
          <h2 className="mb-3 text-lg font-semibold text-slate-900">Rules</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-700">Questions</dt>
            <dd>{a.questionCount} ({a.questionTypes.map((t) => quizQuestionTypeLabels[t]).join(", ")})</dd>
            <dt className="text-slate-700">Opens</dt>
            <dd><LocalTime iso={a.opensAt.toISOString()} /></dd>
            <dt className="text-slate-700">Due</dt>
            <dd><LocalTime iso={a.dueAt.toISOString()} /></dd>
            <dt className="text-slate-700">Time limit</dt>
            <dd>{formatDuration(a.timeLimitSeconds)}</dd>
            <dt className="text-slate-700">Attempts</dt>
            <dd>{a.attempts.length} of {a.maxAttempts} used · {gradingLabels[a.grading]}</dd>
            <dt className="text-slate-700">Answers</dt>
            <dd>{visibilityLabels[a.showAnswers]}</dd>
          </dl>
          <div className="mt-5">
            {decision.kind === "resume" && (
              <Link href={`/quiz/${decision.attemptId}`} className={buttonClass("primary", "lg")}>Resume attempt</Link>
            )}
            {decision.kind === "start" && (
              <ActionButton
                action={startAttemptAction}
                fields={{ assignmentId: a.id }}
                label={decision.number === 1 ? "Start quiz" : `Start attempt ${decision.number}`}
                pendingLabel="Starting…"
                variant="primary"
                size="lg"
              />
            )}
            {decision.kind === "refused" && <Alert tone="info">{decision.message}</Alert>}
            {a.timeLimitSeconds !== null && decision.kind === "start" && (
              <p className="mt-2 text-sm text-slate-700">The timer starts when you start and keeps running if you leave the page.</p>
            )}
          </div>
        </Card>
        <section aria-labelledby="attempts-heading">
          <h2 id="attempts-heading" className="mb-3 text-lg font-semibold text-slate-900">Your attempts</h2>
          {a.attempts.length === 0 ? (
            <p className="text-sm text-slate-700">No attempts yet.</p>
          ) : (
            <Table caption="Your attempts">
              <thead className="bg-slate-50">
                <tr><Th>#</Th><Th>Started</Th><Th>Submitted</Th><Th>Score</Th><Th><span className="sr-only">Details</span></Th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {a.attempts.map((t) => (
                  <tr key={t.id}>
                    <Td>{t.number}{t.id === a.gradedAttemptId && <Badge tone="success" className="ml-2">counts</Badge>}</Td>
                    <Td><LocalTime iso={t.startedAt.toISOString()} /></Td>
                    <Td>
                      {t.submittedAt ? <LocalTime iso={t.submittedAt.toISOString()} /> : "In progress"}
                      {t.autoSubmitted && <Badge className="ml-2">time ran out</Badge>}
                      {t.late && <Badge tone="warning" className="ml-2">late</Badge>}
                    </Td>
                    <Td>{t.score === null ? "—" : `${t.score} / ${t.maxScore} (${formatPercent(t.percent)})`}</Td>
                    <Td>
                      {t.submittedAt ? (
                        <Link href={`/quiz/${t.id}/results`} className="text-brand-700 underline">Results<span className="sr-only"> of attempt {t.number}</span></Link>
                      ) : (
                        <Link href={`/quiz/${t.id}`} className="text-brand-700 underline">Resume<span className="sr-only"> attempt {t.number}</span></Link>
                      )}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </section>
      </div>
    </>
  );
}
