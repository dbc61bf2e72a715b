import { describe, expect, it } from "vitest";
import { summarizeDeck } from "./summarize-deck";

describe("summarizeDeck", () => {
  it("counts due today (local), new, learning and learned", () => {
    const now = new Date("2026-03-02T12:00:00Z");
    const cards = [
      { due: new Date("2026-03-01T09:00:00Z"), state: 2 }, // overdue
      { due: new Date("2026-03-02T22:00:00Z"), state: 2 }, // later today in UTC; tomorrow in UTC+3
      { due: new Date("2026-03-02T12:10:00Z"), state: 1 },
      { due: new Date("2026-03-09T09:00:00Z"), state: 2 },
      { due: new Date("2026-03-02T09:00:00Z"), state: 0 }, // card row still new
    ];
    expect(summarizeDeck(10, cards, now, 0)).toEqual({ dueToday: 3, new: 6, learning: 1, learned: 3 });
    expect(summarizeDeck(10, cards, now, 180).dueToday).toBe(2);
  });
});
