import "server-only";
import { cookies } from "next/headers";
import { utcOffsetMinutesSchema } from "@/lib/study/local-day";

/**
 * The student's UTC offset in minutes (local = UTC + offset), which decides where their days start (daily new-card
 * limit, heatmap, forecast). The browser reports it: API calls send `?tz=`, and the study pages keep it in the
 * cookie `qw-tz` (set by components/study/time-zone-cookie.tsx) for server-rendered pages. Missing or invalid → 0.
 */
export const UTC_OFFSET_COOKIE = "qw-tz";

export function parseUtcOffset(value: string | null | undefined): number {
  if (!value || !/^-?\d{1,4}$/.test(value)) return 0;
  const parsed = utcOffsetMinutesSchema.safeParse(Number(value));
  return parsed.success ? parsed.data : 0;
}

export async function readUtcOffsetCookie(): Promise<number> {
  return parseUtcOffset((await cookies()).get(UTC_OFFSET_COOKIE)?.value);
}

/** The cookie's value, or null when the browser has not reported its time zone yet. */
export async function readUtcOffsetCookieOrNull(): Promise<number | null> {
  const value = (await cookies()).get(UTC_OFFSET_COOKIE)?.value;
  return value === undefined ? null : parseUtcOffset(value);
}
