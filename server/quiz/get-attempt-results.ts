import "server-only";
import { z } from "zod";
import { parseAttemptLayout } from "@/lib/quiz/build-attempt-layout";
import { buildAttemptResults, type AttemptResults } from "@/lib/quiz/build-attempt-results";
import { isLateSubmission, isTimeUp } from "@/lib/quiz/check-attempt-timing";
import { answersReleasedAt, canSeeAnswers } from "@/lib/quiz/decide-answer-visibility";
import { scorePercent } from "@/lib/quiz/grade-attempt";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "@/server/content/ids";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { finalizeAttempt } from "./finalize-attempt";
import { loadOwnAttempt } from "./load-own-attempt";

export const getAttemptResultsInput = z.object({ attemptId: rowIdSchema });

/**
 * A submitted attempt for its student: the score, and — only when the assignment's answer visibility allows it
 * (lib/quiz/decide-answer-visibility.ts) — each question's correctness, right answer and source sentence. The right
 * answers are not even read from the database otherwise. An attempt still in progress is CONFLICT (take it first);
 * one whose time is up is submitted now.
 */
export async function getAttemptResults(user: SessionUser, input: unknown, now: Date) {
  const { attemptId } = getAttemptResultsInput.parse(input);
  let attempt = await loadOwnAttempt(user.id, attemptId);
  if (attempt.submittedAt === null) {
    if (!isTimeUp(attempt, now)) throw new AppError("CONFLICT", "This attempt is still in progress.");
    await finalizeAttempt({ attemptId }, now);
    attempt = await loadOwnAttempt(user.id, attemptId);
  }
  const { assignment } = attempt;
  const reveal = canSeeAnswers(assignment, attempt, now);
  const layout = parseAttemptLayout(attempt.layout);
  const ids = layout.questions.map((q) => q.questionId);
  const [questions, answers] = await Promise.all([
    reveal
      ? db.question.findMany({
          where: { id: { in: ids } },
          select: { id: true, type: true, prompt: true, options: true, answer: true, explanation: true, sourceSentence: true },
        })
      : db.question
          .findMany({ where: { id: { in: ids } }, select: { id: true, type: true, prompt: true, options: true } })
          .then((rows) => rows.map((q) => ({ ...q, answer: "", explanation: "", sourceSentence: "" }))),
    db.attemptAnswer.findMany({ where: { attemptId }, select: { questionId: true, response: true, correct: true } }),
  ]);
  const results: AttemptResults = buildAttemptResults({
    attempt,
    layout,
    questions: new Map(questions.map((q) => [q.id, q])),
    answers: new Map(answers.map((a) => [a.questionId, a])),
    reveal,
  });
  return {
    attemptId,
    number: attempt.number,
    assignmentId: assignment.id,
    assignmentTitle: assignment.title,
    classId: assignment.classId,
    className: assignment.class.name,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    autoSubmitted: attempt.autoSubmitted,
    late: isLateSubmission(attempt.submittedAt, assignment.dueAt),
    percent: scorePercent(attempt.score ?? 0, attempt.maxScore),
    showAnswers: assignment.showAnswers,
    answersReleasedAt: answersReleasedAt(assignment),
    results,
  };
}
