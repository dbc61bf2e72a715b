import "server-only";
import { z } from "zod";
import { normalizeJoinCode } from "@/lib/quiz/generate-join-code";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { limitJoinAttempts } from "./limit-join-attempts";

export const joinClassInput = z.object({ code: z.string().max(40) });

/**
 * Joins the class with this code. Joining a class one is already in is a no-op; a student the instructor removed
 * cannot rejoin with the code (FORBIDDEN); an instructor cannot join their own class.
 */
export async function joinClass(user: SessionUser, input: unknown, now: Date): Promise<{ classId: string; alreadyJoined: boolean }> {
  const { code: raw } = joinClassInput.parse(input);
  await limitJoinAttempts(user.id); // join codes must not be guessable by trying (issue 6)
  const code = normalizeJoinCode(raw);
  const notFound = new AppError("NOT_FOUND", "No class has this join code. Check it with your instructor.", { code: ["No class has this join code."] });
  if (!code) throw notFound;
  const cls = await db.class.findUnique({ where: { joinCode: code }, select: { id: true, instructorId: true, archivedAt: true } });
  if (!cls || cls.archivedAt !== null) throw notFound;
  if (cls.instructorId === user.id) throw new AppError("CONFLICT", "You teach this class.", { code: ["You teach this class."] });
  const existing = await db.enrollment.findUnique({ where: { classId_userId: { classId: cls.id, userId: user.id } }, select: { removedAt: true } });
  if (existing?.removedAt) {
    throw new AppError("FORBIDDEN", "You were removed from this class. Ask your instructor if this is a mistake.", {
      code: ["You were removed from this class."],
    });
  }
  if (existing) return { classId: cls.id, alreadyJoined: true };
  try {
    await db.enrollment.create({ data: { classId: cls.id, userId: user.id, joinedAt: now } });
  } catch (error) {
    if ((error as { code?: unknown }).code !== "P2002") throw error; // joined twice at once: the other one won
  }
  return { classId: cls.id, alreadyJoined: false };
}
