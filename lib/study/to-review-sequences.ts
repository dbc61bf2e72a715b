import { localDaysBetween } from "./local-day";

/**
 * Turns a student's review log into per-card review sequences in the optimizer's terms: each review's rating and
 * `deltaDays`, the whole local calendar days since the card's previous review (0 for the first review and for
 * same-day learning steps). Undone reviews are dropped; cards are returned in first-review order.
 */
export type OptimizerReviewInput = {
  cardId: string;
  rating: number;
  reviewedAt: Date;
  undoneAt: Date | null;
};

export type SequenceReview = { rating: number; deltaDays: number };

export function toReviewSequences(
  reviews: readonly OptimizerReviewInput[],
  utcOffsetMinutes: number,
): SequenceReview[][] {
  const byCard = new Map<string, OptimizerReviewInput[]>();
  for (const review of reviews) {
    if (review.undoneAt !== null) continue;
    if (review.rating < 1 || review.rating > 4) continue;
    const list = byCard.get(review.cardId);
    if (list) list.push(review);
    else byCard.set(review.cardId, [review]);
  }
  const sequences: { first: number; reviews: SequenceReview[] }[] = [];
  for (const list of byCard.values()) {
    list.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const first = list[0];
    if (!first) continue;
    let previous = first.reviewedAt;
    const out: SequenceReview[] = [];
    for (const review of list) {
      out.push({ rating: review.rating, deltaDays: Math.max(0, localDaysBetween(previous, review.reviewedAt, utcOffsetMinutes)) });
      previous = review.reviewedAt;
    }
    sequences.push({ first: first.reviewedAt.getTime(), reviews: out });
  }
  sequences.sort((a, b) => a.first - b.first);
  return sequences.map((s) => s.reviews);
}

/**
 * The training prefixes of one card: one per review made on a later day than the previous one (a "long-term"
 * review, the only kind FSRS predicts), each holding every review up to and including it. The first review's
 * deltaDays is 0 by construction.
 */
export function toTrainingPrefixes(sequence: readonly SequenceReview[]): SequenceReview[][] {
  const prefixes: SequenceReview[][] = [];
  for (let i = 1; i < sequence.length; i++) {
    const review = sequence[i];
    if (review && review.deltaDays > 0) prefixes.push(sequence.slice(0, i + 1));
  }
  return prefixes;
}
