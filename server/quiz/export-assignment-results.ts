import "server-only";
import { parseAttemptLayout } from "@/lib/quiz/build-attempt-layout";
import { isLateSubmission } from "@/lib/quiz/check-attempt-timing";
import { exportAssignmentResultsCsv, type ResultsAttempt } from "@/lib/quiz/export-assignment-results-csv";
import { pickGradedAttempt } from "@/lib/quiz/pick-graded-attempt";
import { csvFileName } from "@/lib/quiz/write-spreadsheet-csv";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "@/server/content/ids";
import { db } from "@/server/db/client";
import { getTaughtAssignment } from "./get-taught-assignment";
import { submitExpiredAttempts } from "./submit-expired-attempts";

/**
 * An assignment's results as CSV (instructor only): every attempt of every student ever enrolled (removed students
 * included: their attempts stay attributable), by student then attempt number; questions numbered in set order.
 */
export async function exportAssignmentResults(user: SessionUser, assignmentIdInput: unknown, now: Date): Promise<{ csv: string; fileName: string }> {
  const assignment = await getTaughtAssignment(user, rowIdSchema.parse(assignmentIdInput));
  await submitExpiredAttempts({ assignmentId: assignment.id }, now);
  const attempts = await db.attempt.findMany({
    where: { assignmentId: assignment.id, assignment: { class: { instructorId: user.id } } },
    select: {
      id: true,
      userId: true,
      number: true,
      startedAt: true,
      submittedAt: true,
      autoSubmitted: true,
      score: true,
      maxScore: true,
      layout: true,
      user: { select: { name: true, email: true } },
      answers: { select: { questionId: true, response: true, correct: true } },
    },
  });
  const byStudent = new Map<string, typeof attempts>();
  for (const a of attempts) byStudent.set(a.userId, [...(byStudent.get(a.userId) ?? []), a]);
  const counted = new Set([...byStudent.values()].map((list) => pickGradedAttempt(list, assignment.grading)?.id).filter(Boolean));
  const ids = new Set(attempts.flatMap((a) => parseAttemptLayout(a.layout).questions.map((q) => q.questionId)));
  const questions = await db.question.findMany({ where: { id: { in: [...ids] } }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
  const rows: ResultsAttempt[] = attempts
    .sort((a, b) => (a.user.name ?? a.user.email).localeCompare(b.user.name ?? b.user.email) || a.user.email.localeCompare(b.user.email) || a.number - b.number)
    .map((a) => {
      const answerOf = new Map(a.answers.map((x) => [x.questionId, x]));
      return {
        student: a.user,
        number: a.number,
        startedAt: a.startedAt,
        submittedAt: a.submittedAt,
        autoSubmitted: a.autoSubmitted,
        late: isLateSubmission(a.submittedAt, assignment.dueAt),
        counted: counted.has(a.id),
        score: a.score,
        maxScore: a.maxScore,
        answers: parseAttemptLayout(a.layout).questions.map(({ questionId }) => {
          const answer = answerOf.get(questionId);
          return { questionId, response: answer?.response ?? null, correct: answer?.correct ?? (a.submittedAt ? false : null) };
        }),
      };
    });
  return { csv: exportAssignmentResultsCsv(questions, rows), fileName: csvFileName(`${assignment.title} results`, now) };
}
