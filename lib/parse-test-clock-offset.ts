/**
 * The e2e test clock's offset (see server/clock.ts): a whole number of milliseconds, at most ten years either way.
 * Anything else (missing, not a number, too large) means no offset.
 */
export const TEST_CLOCK_COOKIE = "qw-test-clock-offset-ms";
const MAX_OFFSET_MS = 10 * 366 * 86_400_000;

export function parseTestClockOffset(value: string | undefined | null): number {
  if (!value || !/^-?\d{1,13}$/.test(value)) return 0;
  const offset = Number(value);
  return Math.abs(offset) <= MAX_OFFSET_MS ? offset : 0;
}
