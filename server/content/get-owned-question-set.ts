import "server-only";
import { db, type TransactionClient } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "./ids";

/** The question set if this user owns it; NOT_FOUND otherwise (whether it does not exist or is someone else's). */
export async function getOwnedQuestionSet(user: SessionUser, setIdInput: unknown, client: TransactionClient | typeof db = db) {
  const parsed = rowIdSchema.safeParse(setIdInput);
  if (!parsed.success) throw new AppError("NOT_FOUND", "No such question set.");
  const set = await client.questionSet.findFirst({
    where: { id: parsed.data, ownerId: user.id },
    select: { id: true, title: true, status: true, courseId: true, documentId: true, publishedAt: true },
  });
  if (!set) throw new AppError("NOT_FOUND", "No such question set.");
  return set;
}
