import "server-only";
import { z } from "zod";
import { db } from "@/server/db/client";
import { finalizeAttempt } from "./finalize-attempt";

export const submitExpiredInput = z
  .object({
    classId: z.string().min(1).max(64).optional(),
    assignmentId: z.string().min(1).max(64).optional(),
    userId: z.string().min(1).max(64).optional(),
    attemptId: z.string().min(1).max(64).optional(),
  })
  .refine((s) => s.classId || s.assignmentId || s.userId || s.attemptId, "Give a scope.");

/**
 * The lazy half of the server's timer: every attempt in the scope whose deadline has passed and that is not yet
 * submitted is submitted now with what was saved (dated at its deadline). Called before anything reads attempts
 * (the student's next access, the instructor's gradebook, results and item analysis). Returns how many it submitted.
 */
export async function submitExpiredAttempts(scope: z.input<typeof submitExpiredInput>, now: Date): Promise<number> {
  const { classId, assignmentId, userId, attemptId } = submitExpiredInput.parse(scope);
  const expired = await db.attempt.findMany({
    where: {
      submittedAt: null,
      deadlineAt: { lte: now },
      ...(attemptId ? { id: attemptId } : {}),
      ...(assignmentId ? { assignmentId } : {}),
      ...(userId ? { userId } : {}),
      ...(classId ? { assignment: { classId } } : {}),
    },
    select: { id: true },
  });
  let submitted = 0;
  for (const { id } of expired) {
    const result = await finalizeAttempt({ attemptId: id }, now);
    if (result && !result.alreadySubmitted) submitted++;
  }
  return submitted;
}
