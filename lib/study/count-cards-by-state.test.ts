import { describe, expect, it } from "vitest";
import { countCardsByState } from "./count-cards-by-state";

describe("countCardsByState", () => {
  it("counts cards per state, unstudied questions as New", () => {
    expect(countCardsByState([{ state: 0 }, { state: 1 }, { state: 2 }, { state: 2 }, { state: 3 }], 5)).toEqual([
      { state: "New", count: 6 },
      { state: "Learning", count: 1 },
      { state: "Review", count: 2 },
      { state: "Relearning", count: 1 },
    ]);
  });
});
