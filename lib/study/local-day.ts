import { z } from "zod";

/**
 * Calendar days in a student's local time. The offset is minutes to ADD to UTC to get local time
 * (UTC+01:00 → 60, UTC-05:00 → -300; the opposite sign of `Date#getTimezoneOffset()`), passed in by the caller
 * so this stays pure. A day starts at local midnight.
 */
export const utcOffsetMinutesSchema = z
  .number()
  .int()
  .min(-14 * 60)
  .max(14 * 60);

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 in local time: equal numbers mean the same local calendar day. */
export function localDayNumber(at: Date, utcOffsetMinutes: number): number {
  return Math.floor((at.getTime() + utcOffsetMinutes * 60_000) / DAY_MS);
}

/** "YYYY-MM-DD" of the local calendar day containing `at`. */
export function localDayKey(at: Date, utcOffsetMinutes: number): string {
  return dayNumberToKey(localDayNumber(at, utcOffsetMinutes));
}

export function dayNumberToKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The instant (UTC) at which the local day containing `at` started. */
export function startOfLocalDay(at: Date, utcOffsetMinutes: number): Date {
  return new Date(localDayNumber(at, utcOffsetMinutes) * DAY_MS - utcOffsetMinutes * 60_000);
}

/** The instant at which the local day `days` after the one containing `at` starts. */
export function startOfLocalDayAfter(at: Date, utcOffsetMinutes: number, days: number): Date {
  return new Date(startOfLocalDay(at, utcOffsetMinutes).getTime() + days * DAY_MS);
}

/** Whole local calendar days from `from` to `to` (0 on the same day; what the FSRS optimizer calls delta_t). */
export function localDaysBetween(from: Date, to: Date, utcOffsetMinutes: number): number {
  return localDayNumber(to, utcOffsetMinutes) - localDayNumber(from, utcOffsetMinutes);
}
