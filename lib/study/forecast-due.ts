import { CardStateValue } from "./card-state";
import { dayNumberToKey, localDayNumber } from "./local-day";

export type ForecastCardInput = { due: Date; state: number };
export type DueForecastDay = { date: string; count: number };

/**
 * Cards coming due on each of the next `days` local days, today first; overdue cards count for today. New
 * (never studied) cards are not forecast: they are introduced by the daily limit, not by a due date.
 */
export function forecastDue(
  cards: readonly ForecastCardInput[],
  now: Date,
  utcOffsetMinutes: number,
  days = 30,
): DueForecastDay[] {
  const today = localDayNumber(now, utcOffsetMinutes);
  const counts = new Array<number>(days).fill(0);
  for (const card of cards) {
    if (card.state === CardStateValue.New) continue;
    const offset = Math.max(0, localDayNumber(card.due, utcOffsetMinutes) - today);
    if (offset >= days) continue;
    counts[offset] = (counts[offset] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ date: dayNumberToKey(today + i), count }));
}
