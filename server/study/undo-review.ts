import "server-only";
import { z } from "zod";
import { cardStateFromRow, type CardState } from "@/lib/study/card-state";
import { reviewIdSchema } from "@/lib/study/plan-review-submit";
import { restoreCardBefore } from "@/lib/study/pick-undo-target";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { userIdSchema } from "./get-study-settings";

export const undoReviewInputSchema = z.object({
  /** The review to undo; it must be the student's latest review that is not undone. */
  reviewId: reviewIdSchema,
});
export type UndoReviewInput = z.input<typeof undoReviewInputSchema>;

export type UndoneReview = {
  reviewId: string;
  questionId: string;
  cardId: string;
  /** true when this review was already undone (a retried undo changes nothing). */
  alreadyUndone: boolean;
  card: { due: string; state: number; reps: number; lapses: number };
};

/**
 * Undoes the student's last review: the card goes back exactly to the review's `cardBefore` snapshot and the review
 * is marked undone (it then counts nowhere). The request names the review so that a retried undo cannot walk back
 * a second review: undoing an already undone review is a no-op; naming a review that is not the latest one is a
 * CONFLICT; someone else's review, or an unknown id, is NOT_FOUND. One transaction.
 */
export async function undoReview(userIdInput: string, input: UndoReviewInput, now: Date): Promise<UndoneReview> {
  const userId = userIdSchema.parse(userIdInput);
  const { reviewId } = undoReviewInputSchema.parse(input);
  return db.$transaction(async (tx) => {
    const review = await tx.reviewLog.findFirst({
      where: { id: reviewId, userId },
      select: { id: true, cardId: true, questionId: true, reviewedAt: true, undoneAt: true, cardBefore: true },
    });
    if (!review) throw new AppError("NOT_FOUND", "No such review.");
    if (review.undoneAt !== null) {
      const card = await tx.card.findFirst({ where: { id: review.cardId, userId } });
      if (!card) throw new AppError("NOT_FOUND", "No such card.");
      return result(review, cardStateFromRow(card), true);
    }
    const latest = await tx.reviewLog.findFirst({
      where: { userId, undoneAt: null },
      orderBy: [{ reviewedAt: "desc" }],
      select: { id: true, reviewedAt: true },
    });
    if (!latest || (latest.id !== review.id && latest.reviewedAt.getTime() !== review.reviewedAt.getTime())) {
      throw new AppError("CONFLICT", "Only your latest review can be undone.");
    }
    const restored = restoreCardBefore(review);
    const updated = await tx.card.updateMany({ where: { id: review.cardId, userId }, data: restored });
    if (updated.count !== 1) throw new AppError("NOT_FOUND", "No such card.");
    await tx.reviewLog.update({ where: { id: review.id }, data: { undoneAt: now } });
    return result(review, restored, false);
  });
}

function result(
  review: { id: string; questionId: string; cardId: string },
  card: CardState,
  alreadyUndone: boolean,
): UndoneReview {
  return {
    reviewId: review.id,
    questionId: review.questionId,
    cardId: review.cardId,
    alreadyUndone,
    card: { due: card.due.toISOString(), state: card.state, reps: card.reps, lapses: card.lapses },
  };
}
