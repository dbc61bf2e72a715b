import "server-only";
import { parseQuestionTypes } from "@/lib/quiz/quiz-question-types";
import type { SessionUser } from "@/server/auth/session-user";
import { requireInstructor } from "@/server/classes/require-instructor";
import { rowIdSchema } from "@/server/content/ids";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";

/** An assignment of a class `user` teaches; NOT_FOUND otherwise. */
export async function getTaughtAssignment(user: SessionUser, assignmentIdInput: unknown) {
  requireInstructor(user);
  const parsed = rowIdSchema.safeParse(assignmentIdInput);
  if (!parsed.success) throw new AppError("NOT_FOUND", "No such assignment.");
  const assignment = await db.assignment.findFirst({
    where: { id: parsed.data, class: { instructorId: user.id } },
    select: {
      id: true,
      classId: true,
      questionSetId: true,
      title: true,
      questionCount: true,
      questionTypes: true,
      selection: true,
      shuffleOptions: true,
      opensAt: true,
      dueAt: true,
      timeLimitSeconds: true,
      maxAttempts: true,
      grading: true,
      showAnswers: true,
      class: { select: { name: true } },
      questionSet: { select: { title: true } },
    },
  });
  if (!assignment) throw new AppError("NOT_FOUND", "No such assignment.");
  return { ...assignment, questionTypes: parseQuestionTypes(assignment.questionTypes) };
}
