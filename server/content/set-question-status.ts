import "server-only";
import { z } from "zod";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "./ids";

export const setQuestionStatusInput = z.object({
  questionId: rowIdSchema,
  status: z.enum(["pending", "approved", "rejected"]),
});

/** Approve, reject (or send back to pending) one question of a set the user owns. */
export async function setQuestionStatus(user: SessionUser, input: unknown) {
  const { questionId, status } = setQuestionStatusInput.parse(input);
  const result = await db.question.updateMany({ where: { id: questionId, questionSet: { ownerId: user.id } }, data: { status } });
  if (result.count === 0) throw new AppError("NOT_FOUND", "No such question.");
  return { questionId, status };
}
