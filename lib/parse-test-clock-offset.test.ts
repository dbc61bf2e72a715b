import { describe, expect, it } from "vitest";
import { parseTestClockOffset } from "./parse-test-clock-offset";

describe("parseTestClockOffset", () => {
  it("reads whole milliseconds within ten years", () => {
    expect(parseTestClockOffset("120000")).toBe(120_000);
    expect(parseTestClockOffset("-60000")).toBe(-60_000);
    expect(parseTestClockOffset(String(365 * 86_400_000))).toBe(365 * 86_400_000);
  });
  it("ignores anything else", () => {
    for (const value of [undefined, null, "", "abc", "1e9", "12.5", " 5", "99999999999999", String(20 * 366 * 86_400_000)]) {
      expect(parseTestClockOffset(value)).toBe(0);
    }
  });
});
