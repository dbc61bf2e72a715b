import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDuration, formatIndex, formatPercent, formatShare, gradingLabels, visibilityLabels } from "@/components/quiz/format-quiz";
import { LocalTime } from "@/components/quiz/local-time";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { cellStatusText } from "@/lib/quiz/export-gradebook-csv";
import { quizQuestionTypeLabels, isQuizQuestionType } from "@/lib/quiz/quiz-question-types";
import { instructorRoles, requirePageUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { orNotFound } from "@/server/http/not-found-on-app-error";
import { getGradebook } from "@/server/quiz/get-gradebook";
import { getItemAnalysis } from "@/server/quiz/get-item-analysis";

export const metadata: Metadata = { title: "Assignment results" };
export const dynamic = "force-dynamic";

export default async function InstructorAssignmentPage({ params }: { params: Promise<{ classId: string; assignmentId: string }> }) {
  const user = await requirePageUser(instructorRoles);
  const { classId, assignmentId } = await params;
  const now = await currentTime();
  const { assignment: a, analysis } = await orNotFound(getItemAnalysis(user, assignmentId, now));
  if (a.classId !== classId) notFound();
  const { gradebook } = await getGradebook(user, classId, now);
  const column = gradebook.columns.findIndex((c) => c.assignment.id === a.id);
  const summary = gradebook.columns[column];
  const base = `/instructor/classes/${classId}`;
  return (
    <>
      <PageHeader
        title={a.title}
        description={<><Link href={base} className="text-brand-700 underline">{a.class.name}</Link> · {a.questionSet.title}</>}
        actions={
          <a href={`/api/instructor/assignments/${a.id}/results-csv`} className={buttonClass("secondary")} download>
            Export results (CSV)
          </a>
        }
      />
      <Card className="mb-6">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
          <dt className="text-slate-700">Questions</dt>
          <dd>{a.questionCount} · {a.selection === "same" ? "same for everyone" : "random per student"}{a.shuffleOptions ? " · options shuffled" : ""}</dd>
          <dt className="text-slate-700">Types</dt>
          <dd>{a.questionTypes.map((t) => quizQuestionTypeLabels[t]).join(", ")}</dd>
          <dt className="text-slate-700">Opens</dt>
          <dd><LocalTime iso={a.opensAt.toISOString()} /></dd>
          <dt className="text-slate-700">Due</dt>
          <dd><LocalTime iso={a.dueAt.toISOString()} /></dd>
          <dt className="text-slate-700">Time limit</dt>
          <dd>{formatDuration(a.timeLimitSeconds)}</dd>
          <dt className="text-slate-700">Attempts</dt>
          <dd>{a.maxAttempts} · {gradingLabels[a.grading]}</dd>
          <dt className="text-slate-700">Answers</dt>
          <dd>{visibilityLabels[a.showAnswers]}</dd>
          <dt className="text-slate-700">Average</dt>
          <dd>{formatPercent(summary?.averagePercent ?? null)} ({summary?.submitted ?? 0} submitted, {summary?.notStarted ?? 0} not started, {summary?.late ?? 0} late)</dd>
        </dl>
      </Card>

      <section aria-labelledby="items-heading" className="mb-8">
        <h2 id="items-heading" className="mb-1 text-lg font-semibold text-slate-900">Item analysis</h2>
        <p className="mb-3 text-sm text-slate-700">
          Over each student&apos;s graded attempt ({analysis.students} student{analysis.students === 1 ? "" : "s"}). Facility: share
          correct. Discrimination: facility in the top 27 % minus the bottom 27 % by total score ({analysis.groupSize} student
          {analysis.groupSize === 1 ? "" : "s"} each). Distractors picked by under 5 % are flagged.
        </p>
        {analysis.items.length === 0 ? (
          <EmptyState title="No submitted attempts yet">Figures appear once students submit.</EmptyState>
        ) : (
          <Table caption="Item analysis" data-testid="item-analysis">
            <thead className="bg-slate-50">
              <tr><Th>Question</Th><Th>Type</Th><Th>Given to</Th><Th>Facility</Th><Th>Discrimination</Th><Th>Options chosen</Th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {analysis.items.map((item) => (
                <tr key={item.questionId} data-question-id={item.questionId}>
                  <Td className="max-w-sm">{item.prompt}<span className="block text-xs text-slate-600">Answer: {item.answer}</span></Td>
                  <Td>{isQuizQuestionType(item.type) ? quizQuestionTypeLabels[item.type] : item.type}</Td>
                  <Td>{item.attempts}</Td>
                  <Td data-testid="facility">{formatShare(item.facility)}</Td>
                  <Td data-testid="discrimination">{formatIndex(item.discrimination)}</Td>
                  <Td>
                    {item.options ? (
                      <ul className="space-y-1">
                        {item.options.map((o) => (
                          <li key={o.text} className="flex flex-wrap items-center gap-2">
                            <span className={o.correct ? "font-semibold" : ""}>{o.text}</span>
                            <span>{o.count} ({formatShare(o.share)})</span>
                            {o.correct && <Badge tone="success">correct</Badge>}
                            {o.flagged && <Badge tone="warning">weak distractor</Badge>}
                          </li>
                        ))}
                        {item.unanswered > 0 && <li className="text-slate-700">No answer: {item.unanswered}</li>}
                        {item.other > 0 && <li className="text-slate-700">Other: {item.other}</li>}
                      </ul>
                    ) : (
                      <span className="text-slate-700">{item.unanswered > 0 ? `No answer: ${item.unanswered}` : "—"}</span>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="students-heading">
        <h2 id="students-heading" className="mb-3 text-lg font-semibold text-slate-900">Students</h2>
        <Table caption="Students' results">
          <thead className="bg-slate-50">
            <tr><Th>Student</Th><Th>Status</Th><Th>Attempts</Th><Th>Score</Th><Th><span className="sr-only">Details</span></Th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {gradebook.rows.map((row) => {
              const cell = row.cells[column]!;
              return (
                <tr key={row.student.userId}>
                  <Td>{row.student.name ?? row.student.email}</Td>
                  <Td>{cellStatusText(cell)}</Td>
                  <Td>{cell.attempts}</Td>
                  <Td>{cell.score === null ? "—" : `${cell.score} / ${cell.maxScore} (${formatPercent(cell.percent)})`}</Td>
                  <Td>
                    {cell.attempts > 0 && (
                      <Link href={`${base}/assignments/${a.id}/students/${row.student.userId}`} className="text-brand-700 underline">
                        Attempts<span className="sr-only"> of {row.student.name ?? row.student.email}</span>
                      </Link>
                    )}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </section>
    </>
  );
}
