import "server-only";
import { rowIdSchema } from "@/server/content/ids";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";

/**
 * The student's own attempt with its assignment; NOT_FOUND for anybody else's attempt or an unknown id, FORBIDDEN
 * once the student was removed from the class.
 */
export async function loadOwnAttempt(userId: string, attemptIdInput: unknown) {
  const parsed = rowIdSchema.safeParse(attemptIdInput);
  if (!parsed.success) throw new AppError("NOT_FOUND", "No such attempt.");
  const attempt = await db.attempt.findFirst({
    where: { id: parsed.data, userId },
    select: {
      id: true,
      number: true,
      startedAt: true,
      deadlineAt: true,
      submittedAt: true,
      autoSubmitted: true,
      score: true,
      maxScore: true,
      layout: true,
      assignment: {
        select: {
          id: true,
          title: true,
          classId: true,
          dueAt: true,
          timeLimitSeconds: true,
          maxAttempts: true,
          grading: true,
          showAnswers: true,
          class: { select: { name: true, enrollments: { where: { userId }, select: { removedAt: true } } } },
        },
      },
    },
  });
  if (!attempt) throw new AppError("NOT_FOUND", "No such attempt.");
  const enrollment = attempt.assignment.class.enrollments[0];
  if (!enrollment) throw new AppError("NOT_FOUND", "No such attempt.");
  if (enrollment.removedAt !== null) throw new AppError("FORBIDDEN", "You were removed from this class, so you can no longer take its quizzes.");
  return attempt;
}
