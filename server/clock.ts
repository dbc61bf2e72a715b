import "server-only";

/**
 * The app's one source of "now" for requests. Domain functions never call `new Date()` for scheduling or grading:
 * routes pass `currentTime()` in, and tests pass fixed dates.
 */
export async function currentTime(): Promise<Date> {
  return new Date();
}
