import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "@/server/content/ids";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { requireInstructor } from "./require-instructor";

export const removeStudentInput = z.object({ classId: rowIdSchema, userId: rowIdSchema });

/**
 * Removes a student from a class the instructor teaches. The enrolment row stays (marked removed) so their past
 * attempts remain attributable; from now on they are refused everything in the class. Removing twice is a no-op.
 */
export async function removeStudent(user: SessionUser, input: unknown, now: Date): Promise<{ removed: boolean }> {
  requireInstructor(user);
  const { classId, userId } = removeStudentInput.parse(input);
  const result = await db.enrollment.updateMany({
    where: { classId, userId, removedAt: null, class: { instructorId: user.id } },
    data: { removedAt: now },
  });
  if (result.count === 1) return { removed: true };
  const existing = await db.enrollment.findFirst({
    where: { classId, userId, class: { instructorId: user.id } },
    select: { removedAt: true },
  });
  if (!existing) throw new AppError("NOT_FOUND", "No such student in this class.");
  return { removed: false };
}
