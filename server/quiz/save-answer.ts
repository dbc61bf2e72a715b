import "server-only";
import { z } from "zod";
import { attemptLayoutSchema } from "@/lib/quiz/build-attempt-layout";
import { decideAnswerSave } from "@/lib/quiz/check-attempt-timing";
import { rowIdSchema } from "@/server/content/ids";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { finalizeAttempt } from "./finalize-attempt";

export const MAX_RESPONSE_LENGTH = 2000;
export const saveAnswerInput = z.object({
  attemptId: rowIdSchema,
  questionId: rowIdSchema,
  /** The option text for choice questions, the typed text otherwise; "" clears the answer. */
  response: z.string().max(MAX_RESPONSE_LENGTH, `An answer can be at most ${MAX_RESPONSE_LENGTH} characters.`),
});

export type SavedAnswer = { questionId: string; savedAt: string };

/**
 * Saves one answer of an attempt in progress (the hot path: PUT /api/attempts/[attemptId]/answers).
 *
 * Idempotent: an upsert by (attemptId, questionId); saving the same response again changes nothing but savedAt.
 * One read (the attempt, scoped to its student and to an enrolment that is not removed, in the same query) and one
 * transaction: a conditional touch of the attempt row — still unsubmitted and before its deadline — then the upsert.
 * The touch takes the lock the submission takes, so a save is either committed before the attempt is graded or
 * refused: an acknowledged save is never lost. Refusals: after submission CONFLICT, after the deadline GONE (and the
 * attempt is submitted right away with what was saved), a question not in this attempt INVALID_INPUT.
 */
export async function saveAnswer(userId: string, input: unknown, now: Date): Promise<SavedAnswer> {
  const { attemptId, questionId, response } = saveAnswerInput.parse(input);
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId, assignment: { class: { enrollments: { some: { userId, removedAt: null } } } } },
    select: { deadlineAt: true, submittedAt: true, layout: true },
  });
  if (!attempt) throw await refusal(userId, attemptId);
  const layout = attemptLayoutSchema.safeParse(attempt.layout);
  if (!layout.success || !layout.data.questions.some((q) => q.questionId === questionId)) {
    throw new AppError("INVALID_INPUT", "This question is not part of this attempt.");
  }
  const decision = decideAnswerSave(attempt, now);
  if (!decision.ok) throw await refuse(attemptId, decision.reason, decision.message, now);

  const saved = await db.$transaction(async (tx) => {
    const guard = await tx.attempt.updateMany({
      where: { id: attemptId, submittedAt: null, deadlineAt: { gt: now } },
      data: { autoSubmitted: false },
    });
    if (guard.count !== 1) return false;
    await tx.attemptAnswer.upsert({
      where: { attemptId_questionId: { attemptId, questionId } },
      create: { attemptId, questionId, response, savedAt: now },
      update: { response, savedAt: now },
      select: { id: true },
    });
    return true;
  });
  if (!saved) {
    // Submitted (or timed out) between the read and the write.
    const fresh = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { deadlineAt: true, submittedAt: true } });
    const again = decideAnswerSave(fresh, now);
    throw await refuse(attemptId, again.ok ? "submitted" : again.reason, again.ok ? "This attempt has been submitted." : again.message, now);
  }
  return { questionId, savedAt: now.toISOString() };
}

async function refuse(attemptId: string, reason: "submitted" | "time_up", message: string, now: Date): Promise<AppError> {
  if (reason === "time_up") {
    await finalizeAttempt({ attemptId }, now);
    return new AppError("GONE", message);
  }
  return new AppError("CONFLICT", message);
}

async function refusal(userId: string, attemptId: string): Promise<AppError> {
  const own = await db.attempt.findFirst({ where: { id: attemptId, userId }, select: { id: true } });
  if (!own) return new AppError("NOT_FOUND", "No such attempt.");
  return new AppError("FORBIDDEN", "You were removed from this class, so you can no longer take its quizzes.");
}
