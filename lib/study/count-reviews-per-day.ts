import { dayNumberToKey, localDayNumber } from "./local-day";

export type ReviewDayInput = { reviewedAt: Date; undoneAt: Date | null };
export type DayCount = { date: string; count: number };

/**
 * Reviews per local calendar day over the `days` days ending with the day of `now` (oldest first, zero days
 * included), for the calendar heatmap. Undone reviews count nowhere.
 */
export function countReviewsPerDay(
  reviews: readonly ReviewDayInput[],
  now: Date,
  utcOffsetMinutes: number,
  days = 365,
): DayCount[] {
  const last = localDayNumber(now, utcOffsetMinutes);
  const first = last - days + 1;
  const counts = new Array<number>(days).fill(0);
  for (const review of reviews) {
    if (review.undoneAt !== null) continue;
    const day = localDayNumber(review.reviewedAt, utcOffsetMinutes);
    if (day < first || day > last) continue;
    counts[day - first] = (counts[day - first] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ date: dayNumberToKey(first + i), count }));
}
