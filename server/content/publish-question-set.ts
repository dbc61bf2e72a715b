import "server-only";
import { z } from "zod";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { SessionUser } from "@/server/auth/session-user";
import { getOwnedQuestionSet } from "./get-owned-question-set";
import { rowIdSchema } from "./ids";

export const publishQuestionSetInput = z.object({ setId: rowIdSchema, publish: z.boolean() });

/**
 * Publishes a draft set (students then see its approved questions) or takes a published set back to draft.
 * A set needs at least one approved question to be published.
 */
export async function publishQuestionSet(user: SessionUser, input: unknown, now: Date) {
  const { setId, publish } = publishQuestionSetInput.parse(input);
  const set = await getOwnedQuestionSet(user, setId);
  if (publish) {
    const approved = await db.question.count({ where: { questionSetId: set.id, status: "approved" } });
    if (approved === 0) throw new AppError("CONFLICT", "Approve at least one question before publishing.");
  }
  await db.questionSet.update({
    where: { id: set.id },
    data: publish ? { status: "published", publishedAt: set.publishedAt ?? now } : { status: "draft" },
  });
  return { status: publish ? ("published" as const) : ("draft" as const) };
}
