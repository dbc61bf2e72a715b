import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "@/server/content/ids";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { requireInstructor } from "./require-instructor";

/** A class `user` teaches; NOT_FOUND otherwise (someone else's class looks like no class at all). */
export async function getTaughtClass(user: SessionUser, classIdInput: unknown) {
  requireInstructor(user);
  const parsed = rowIdSchema.safeParse(classIdInput);
  if (!parsed.success) throw new AppError("NOT_FOUND", "No such class.");
  const found = await db.class.findFirst({
    where: { id: parsed.data, instructorId: user.id },
    select: { id: true, name: true, joinCode: true, createdAt: true, course: { select: { slug: true, title: true } } },
  });
  if (!found) throw new AppError("NOT_FOUND", "No such class.");
  return found;
}
