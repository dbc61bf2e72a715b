import { describe, expect, it } from "vitest";
import { localDayKey, localDaysBetween, startOfLocalDay, startOfLocalDayAfter } from "./local-day";

describe("local days", () => {
  const at = new Date("2026-03-02T03:30:00Z");
  it("uses the offset to find the calendar day", () => {
    expect(localDayKey(at, 0)).toBe("2026-03-02");
    expect(localDayKey(at, -300)).toBe("2026-03-01"); // 22:30 the day before in UTC-5
    expect(localDayKey(at, 600)).toBe("2026-03-02");
    expect(localDayKey(new Date("2026-03-02T14:30:00Z"), 600)).toBe("2026-03-03");
  });
  it("finds the start of the local day and the next ones", () => {
    expect(startOfLocalDay(at, 0).toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(startOfLocalDay(at, -300).toISOString()).toBe("2026-03-01T05:00:00.000Z");
    expect(startOfLocalDay(at, 60).toISOString()).toBe("2026-03-01T23:00:00.000Z");
    expect(startOfLocalDayAfter(at, 60, 1).toISOString()).toBe("2026-03-02T23:00:00.000Z");
  });
  it("counts whole calendar days between instants", () => {
    expect(localDaysBetween(new Date("2026-03-02T23:00:00Z"), new Date("2026-03-03T01:00:00Z"), 0)).toBe(1);
    expect(localDaysBetween(new Date("2026-03-02T23:00:00Z"), new Date("2026-03-03T01:00:00Z"), -180)).toBe(0);
    expect(localDaysBetween(new Date("2026-03-02T09:00:00Z"), new Date("2026-03-09T08:00:00Z"), 0)).toBe(7);
  });
});
