import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { questionContentSchema } from "@/lib/content/question-csv";
import { db } from "@/server/db/client";
import type { SessionUser } from "@/server/auth/session-user";
import { getOwnedQuestionSet } from "./get-owned-question-set";
import { rowIdSchema } from "./ids";

export const addQuestionInput = z.object({ setId: rowIdSchema, content: questionContentSchema });

/** Adds the instructor's own question to a set they own; it is approved (they wrote it) and goes last. */
export async function addQuestion(user: SessionUser, input: unknown) {
  const { setId, content } = addQuestionInput.parse(input);
  const set = await getOwnedQuestionSet(user, setId);
  const last = await db.question.aggregate({ where: { questionSetId: set.id }, _max: { position: true } });
  const question = await db.question.create({
    data: {
      questionSetId: set.id,
      contentId: `manual-${randomUUID()}`,
      ...content,
      status: "approved",
      origin: "manual",
      position: (last._max.position ?? -1) + 1,
    },
    select: { id: true },
  });
  return { questionId: question.id };
}
