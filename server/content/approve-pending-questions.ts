import "server-only";
import { z } from "zod";
import { db } from "@/server/db/client";
import type { SessionUser } from "@/server/auth/session-user";
import { getOwnedQuestionSet } from "./get-owned-question-set";
import { rowIdSchema } from "./ids";

export const approvePendingQuestionsInput = z.object({ setId: rowIdSchema });

/** Approves every question of the set that is still pending. */
export async function approvePendingQuestions(user: SessionUser, input: unknown) {
  const { setId } = approvePendingQuestionsInput.parse(input);
  const set = await getOwnedQuestionSet(user, setId);
  const { count } = await db.question.updateMany({ where: { questionSetId: set.id, status: "pending" }, data: { status: "approved" } });
  return { approved: count };
}
