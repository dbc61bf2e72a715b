import "server-only";
import { z } from "zod";
import { matchAnswer } from "@/lib/answers/match-answer";
import { parseAttemptLayout } from "@/lib/quiz/build-attempt-layout";
import { resolveSubmission } from "@/lib/quiz/check-attempt-timing";
import { gradeAttempt } from "@/lib/quiz/grade-attempt";
import { db } from "@/server/db/client";
import { scheduleMissedQuestions } from "./schedule-missed-questions";

export const finalizeAttemptInput = z.object({ attemptId: z.string().min(1).max(64) });

export type FinalizedAttempt = { attemptId: string; submittedAt: Date; autoSubmitted: boolean; score: number; maxScore: number; alreadySubmitted: boolean };

/**
 * Submits and grades an attempt — by the student, or automatically when its time is up (then dated at its
 * deadline, with the answers saved before it). Callers check who may do this; this function does not.
 *
 * Exactly once: the transaction first flips `submittedAt` from null (a conditional update, which also takes the
 * attempt's row lock on PostgreSQL and the write lock on SQLite). An answer save takes the same lock with the same
 * condition before writing, so a save either commits before the submission reads the answers (and is graded) or
 * sees the attempt submitted and is refused — an acknowledged save is never lost. A second submission finds the
 * flip already done and returns the stored result.
 */
export async function finalizeAttempt(input: z.input<typeof finalizeAttemptInput>, now: Date): Promise<FinalizedAttempt | null> {
  const { attemptId } = finalizeAttemptInput.parse(input);
  return db.$transaction(async (tx) => {
    const attempt = await tx.attempt.findUnique({
      where: { id: attemptId },
      select: { id: true, userId: true, deadlineAt: true, submittedAt: true, autoSubmitted: true, score: true, maxScore: true, layout: true },
    });
    if (!attempt) return null;
    if (attempt.submittedAt !== null) {
      return { attemptId, submittedAt: attempt.submittedAt, autoSubmitted: attempt.autoSubmitted, score: attempt.score ?? 0, maxScore: attempt.maxScore, alreadySubmitted: true };
    }
    const submission = resolveSubmission(attempt, now);
    const flipped = await tx.attempt.updateMany({ where: { id: attemptId, submittedAt: null }, data: submission });
    if (flipped.count !== 1) {
      const stored = await tx.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { submittedAt: true, autoSubmitted: true, score: true, maxScore: true } });
      return { attemptId, submittedAt: stored.submittedAt ?? submission.submittedAt, autoSubmitted: stored.autoSubmitted, score: stored.score ?? 0, maxScore: stored.maxScore, alreadySubmitted: true };
    }

    const layout = parseAttemptLayout(attempt.layout);
    const ids = layout.questions.map((q) => q.questionId);
    const [answers, questions] = await Promise.all([
      tx.attemptAnswer.findMany({ where: { attemptId }, select: { id: true, questionId: true, response: true } }),
      tx.question.findMany({ where: { id: { in: ids } }, select: { id: true, type: true, answer: true, questionSetId: true } }),
    ]);
    const questionMap = new Map(questions.map((q) => [q.id, q]));
    const graded = gradeAttempt(layout, questionMap, new Map(answers.map((a) => [a.questionId, a.response])), matchAnswer);
    const correctIds = new Set(graded.questions.filter((q) => q.correct).map((q) => q.questionId));
    const right = answers.filter((a) => correctIds.has(a.questionId)).map((a) => a.id);
    const wrong = answers.filter((a) => !correctIds.has(a.questionId)).map((a) => a.id);
    if (right.length > 0) await tx.attemptAnswer.updateMany({ where: { id: { in: right } }, data: { correct: true } });
    if (wrong.length > 0) await tx.attemptAnswer.updateMany({ where: { id: { in: wrong } }, data: { correct: false } });
    await tx.attempt.update({ where: { id: attemptId }, data: { score: graded.score, maxScore: graded.maxScore } });

    // Answered but wrong (an unanswered question — say, time ran out — says nothing about what the student knows).
    const missed = answers
      .filter((a) => !correctIds.has(a.questionId) && a.response.trim() !== "" && questionMap.has(a.questionId))
      .map((a) => ({ id: a.questionId, questionSetId: questionMap.get(a.questionId)!.questionSetId }));
    await scheduleMissedQuestions({ userId: attempt.userId, attemptId, questions: missed }, now, tx);

    return { attemptId, ...submission, score: graded.score, maxScore: graded.maxScore, alreadySubmitted: false };
  });
}
