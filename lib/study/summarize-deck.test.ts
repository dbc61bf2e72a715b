import { describe, expect, it } from "vitest";
import { summarizeDeck } from "./summarize-deck";

describe("summarizeDeck", () => {
  it("derives new, learning and learned from per-state counts", () => {
    expect(
      summarizeDeck({
        questions: 10,
        cardsByState: [
          { state: 0, count: 1 }, // a card row still New counts as new
          { state: 1, count: 1 },
          { state: 2, count: 3 },
          { state: 3, count: 1 },
        ],
        dueToday: 3,
      }),
    ).toEqual({ dueToday: 3, new: 5, learning: 2, learned: 3 });
  });

  it("never goes negative", () => {
    expect(summarizeDeck({ questions: 1, cardsByState: [{ state: 2, count: 4 }], dueToday: 0 })).toEqual({ dueToday: 0, new: 0, learning: 0, learned: 4 });
  });
});
