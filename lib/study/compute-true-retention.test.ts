import { describe, expect, it } from "vitest";
import { computeTrueRetention } from "./compute-true-retention";

describe("computeTrueRetention", () => {
  it("is the share of review-state reviews not rated Again, per Monday-based week", () => {
    const now = new Date("2026-03-11T12:00:00Z"); // Wednesday; week starts Monday 2026-03-09
    const r = (iso: string, state: number, rating: number, undone = false) => ({
      reviewedAt: new Date(iso),
      undoneAt: undone ? new Date(iso) : null,
      state,
      rating,
    });
    const reviews = [
      r("2026-03-09T08:00:00Z", 2, 3),
      r("2026-03-10T08:00:00Z", 2, 1),
      r("2026-03-10T08:05:00Z", 2, 4),
      r("2026-03-10T08:06:00Z", 2, 2),
      r("2026-03-10T08:07:00Z", 1, 1), // learning step: not counted
      r("2026-03-10T08:08:00Z", 0, 1), // new card: not counted
      r("2026-03-10T08:09:00Z", 2, 1, true), // undone
      r("2026-03-08T23:00:00Z", 2, 1), // Sunday: previous week
    ];
    const weeks = computeTrueRetention(reviews, now, 0, 3);
    expect(weeks).toEqual([
      { weekStart: "2026-02-23", reviews: 0, passed: 0, retention: null },
      { weekStart: "2026-03-02", reviews: 1, passed: 0, retention: 0 },
      { weekStart: "2026-03-09", reviews: 4, passed: 3, retention: 0.75 },
    ]);
  });
});
