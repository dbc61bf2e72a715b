import { describe, expect, it } from "vitest";
import { countCardsByState } from "./count-cards-by-state";

describe("countCardsByState", () => {
  it("sums per-state counts, unstudied questions as New", () => {
    expect(
      countCardsByState(
        [
          { state: 0, count: 1 },
          { state: 1, count: 1 },
          { state: 2, count: 2 },
          { state: 3, count: 1 },
          { state: 2, count: 3 },
        ],
        5,
      ),
    ).toEqual([
      { state: "New", count: 6 },
      { state: "Learning", count: 1 },
      { state: "Review", count: 5 },
      { state: "Relearning", count: 1 },
    ]);
  });
});
