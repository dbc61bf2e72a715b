import type { FSRS } from "ts-fsrs";
import { capInterval, type StudyRating } from "./apply-rating";
import { fromFsrsCard, toFsrsCard, type CardState } from "./card-state";

export type IntervalPreview = {
  rating: StudyRating;
  due: Date;
  /** due − now in milliseconds (≥ 0). */
  intervalMs: number;
  /** Short label for the rating buttons: "1m", "10m", "3h", "4d", "2mo", "1.5y". */
  label: string;
};

/** What each of the four ratings would do to the card at `now` (for the labels under the rating buttons). */
export function previewIntervals(scheduler: FSRS, card: CardState, now: Date): IntervalPreview[] {
  const preview = scheduler.repeat(toFsrsCard(card), now);
  const ratings: StudyRating[] = [1, 2, 3, 4];
  return ratings.map((rating) => {
    const due = capInterval(fromFsrsCard(preview[rating].card), scheduler.parameters.maximum_interval).due;
    const intervalMs = Math.max(0, due.getTime() - now.getTime());
    return { rating, due: new Date(due.getTime()), intervalMs, label: formatInterval(intervalMs) };
  });
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatInterval(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}

function trim(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
