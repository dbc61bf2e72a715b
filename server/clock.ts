import "server-only";
import { parseTestClockOffset, TEST_CLOCK_COOKIE } from "@/lib/parse-test-clock-offset";

/**
 * The app's one source of "now" for requests. Domain functions never call `new Date()` for scheduling or grading:
 * routes pass `currentTime()` in, and tests pass fixed dates.
 *
 * Test clock (e2e only). An end-to-end test must see a card come back when it is due, minutes or days later, without
 * waiting. So a build made for e2e tests can shift "now" by an offset the browser sends in the cookie
 * `qw-test-clock-offset-ms` (see lib/parse-test-clock-offset.ts). Production can never honour it:
 * - the switch is `process.env.QW_TEST_CLOCK`, which next.config.js lists under `env`, so Next replaces it with a
 *   string literal when it compiles the app. `QW_TEST_CLOCK=1 next build` (the e2e build) compiles in "1"; any other
 *   build compiles in "0", the condition below becomes `"0" === "1"`, and the minifier drops the branch and the
 *   cookie read with it: the shipped server code contains no test-clock path at all, whatever the environment of
 *   the running server says (setting QW_TEST_CLOCK at `next start` time changes nothing);
 * - outside Next (vitest, scripts) the variable is read at run time and is unset, so tests use the real clock unless
 *   they pass dates in, as domain tests do.
 * The shift applies to everything that asks for `currentTime()` (due queue, review times, stats); client-side
 * timers are not shifted (the study page never computes due times itself).
 */
export async function currentTime(): Promise<Date> {
  if (process.env.QW_TEST_CLOCK === "1") {
    const { cookies } = await import("next/headers");
    const offset = parseTestClockOffset((await cookies()).get(TEST_CLOCK_COOKIE)?.value);
    return new Date(Date.now() + offset);
  }
  return new Date();
}
