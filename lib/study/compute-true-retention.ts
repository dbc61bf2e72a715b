import { CardStateValue } from "./card-state";
import { dayNumberToKey, localDayNumber } from "./local-day";

export type RetentionReviewInput = { reviewedAt: Date; undoneAt: Date | null; state: number; rating: number };
export type WeekRetention = {
  /** Monday of the local week, "YYYY-MM-DD". */
  weekStart: string;
  reviews: number;
  passed: number;
  /** passed / reviews, null for a week without review-state reviews. */
  retention: number | null;
};

/**
 * True retention per local week (Monday to Sunday): among reviews of cards that were in the Review state (not
 * learning steps, not new), the share not rated Again. Covers the `weeks` weeks ending with the week of `now`.
 */
export function computeTrueRetention(
  reviews: readonly RetentionReviewInput[],
  now: Date,
  utcOffsetMinutes: number,
  weeks = 12,
): WeekRetention[] {
  const lastWeek = weekNumber(localDayNumber(now, utcOffsetMinutes));
  const firstWeek = lastWeek - weeks + 1;
  const totals = Array.from({ length: weeks }, () => ({ reviews: 0, passed: 0 }));
  for (const review of reviews) {
    if (review.undoneAt !== null || review.state !== CardStateValue.Review) continue;
    const week = weekNumber(localDayNumber(review.reviewedAt, utcOffsetMinutes));
    const bucket = totals[week - firstWeek];
    if (!bucket) continue;
    bucket.reviews += 1;
    if (review.rating !== 1) bucket.passed += 1;
  }
  return totals.map((t, i) => ({
    weekStart: dayNumberToKey((firstWeek + i) * 7 + MONDAY_SHIFT),
    reviews: t.reviews,
    passed: t.passed,
    retention: t.reviews === 0 ? null : t.passed / t.reviews,
  }));
}

// Day 0 (1970-01-01) was a Thursday; Monday 1969-12-29 is day -3.
const MONDAY_SHIFT = -3;

function weekNumber(day: number): number {
  return Math.floor((day - MONDAY_SHIFT) / 7);
}
