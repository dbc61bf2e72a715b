import { describe, expect, it } from "vitest";
import { countReviewsPerDay } from "./count-reviews-per-day";

describe("countReviewsPerDay", () => {
  it("counts reviews per local day over a window, zero days included, undone excluded", () => {
    const now = new Date("2026-03-05T10:00:00Z");
    const reviews = [
      { reviewedAt: new Date("2026-03-05T09:00:00Z"), undoneAt: null },
      { reviewedAt: new Date("2026-03-05T09:01:00Z"), undoneAt: null },
      { reviewedAt: new Date("2026-03-05T09:02:00Z"), undoneAt: new Date("2026-03-05T09:03:00Z") },
      { reviewedAt: new Date("2026-03-03T23:30:00Z"), undoneAt: null }, // 03-04 00:30 in UTC+1
      { reviewedAt: new Date("2026-02-01T09:00:00Z"), undoneAt: null }, // outside the window
    ];
    expect(countReviewsPerDay(reviews, now, 0, 4)).toEqual([
      { date: "2026-03-02", count: 0 },
      { date: "2026-03-03", count: 1 },
      { date: "2026-03-04", count: 0 },
      { date: "2026-03-05", count: 2 },
    ]);
    expect(countReviewsPerDay(reviews, now, 60, 4).map((d) => d.count)).toEqual([0, 0, 1, 2]);
  });
});
