import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { generateJoinCode } from "@/lib/quiz/generate-join-code";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "@/server/content/ids";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { requireInstructor } from "./require-instructor";

export const createClassInput = z.object({
  name: z.string().trim().min(1, "Name the class.").max(120, "At most 120 characters."),
  courseId: rowIdSchema.nullish(),
});

const MAX_CODE_TRIES = 8;

/**
 * Creates a class taught by `user` with a fresh join code. A code that is taken (checked first, and by the unique
 * index if two creations race) is replaced by another; after 8 collisions in a row something is wrong: CONFLICT.
 * `randomIntFn` is for tests (forcing collisions).
 */
export async function createClass(
  user: SessionUser,
  input: unknown,
  randomIntFn: (max: number) => number = randomInt,
): Promise<{ id: string; joinCode: string }> {
  requireInstructor(user);
  const { name, courseId } = createClassInput.parse(input);
  if (courseId) {
    const course = await db.course.findUnique({ where: { id: courseId }, select: { id: true } });
    if (!course) throw new AppError("NOT_FOUND", "No such course.");
  }
  for (let i = 0; i < MAX_CODE_TRIES; i++) {
    const joinCode = generateJoinCode(randomIntFn);
    if (await db.class.findUnique({ where: { joinCode }, select: { id: true } })) continue;
    try {
      const created = await db.class.create({
        data: { name, joinCode, instructorId: user.id, courseId: courseId ?? null },
        select: { id: true, joinCode: true },
      });
      return created;
    } catch (error) {
      if ((error as { code?: unknown }).code === "P2002") continue;
      throw error;
    }
  }
  throw new AppError("CONFLICT", "Could not find a free join code; please try again.");
}
