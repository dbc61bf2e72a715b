import { parseCardSnapshot, type CardState } from "./card-state";

/**
 * Undo restores the card to the `cardBefore` snapshot of the student's most recent review that is not undone yet,
 * and marks that review undone (it then counts nowhere: stats, the daily new-card count, the optimizer). Repeating
 * undo walks further back. Only the latest review of a card can be undone this way because a student's latest
 * review overall is necessarily the latest of its card.
 */
export type UndoCandidate = { id: string; cardId: string; reviewedAt: Date; undoneAt: Date | null; cardBefore: unknown };

export function pickUndoTarget<T extends UndoCandidate>(reviews: readonly T[]): T | null {
  let best: T | null = null;
  for (const review of reviews) {
    if (review.undoneAt !== null) continue;
    if (!best || review.reviewedAt.getTime() > best.reviewedAt.getTime()) best = review;
  }
  return best;
}

/** The card state to write back when undoing `review`. */
export function restoreCardBefore(review: Pick<UndoCandidate, "cardBefore">): CardState {
  return parseCardSnapshot(review.cardBefore);
}
