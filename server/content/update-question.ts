import "server-only";
import { z } from "zod";
import { questionContentSchema } from "@/lib/content/question-csv";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "./ids";

export const updateQuestionInput = z.object({ questionId: rowIdSchema, content: questionContentSchema });

/** Edits a question of a set the user owns (type, prompt, answer, options, explanation). Its id stays, so progress does. */
export async function updateQuestion(user: SessionUser, input: unknown) {
  const { questionId, content } = updateQuestionInput.parse(input);
  const result = await db.question.updateMany({
    where: { id: questionId, questionSet: { ownerId: user.id } },
    data: { type: content.type, prompt: content.prompt, answer: content.answer, options: content.options, explanation: content.explanation },
  });
  if (result.count === 0) throw new AppError("NOT_FOUND", "No such question.");
  return { questionId };
}
