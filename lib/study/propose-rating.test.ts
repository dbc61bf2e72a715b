import { describe, expect, it } from "vitest";
import { proposeRating } from "./propose-rating";

describe("proposeRating", () => {
  it("wrong answers propose Again whatever the time", () => {
    expect(proposeRating({ type: "typed", correct: false, exact: false, durationMs: 1000 })).toBe(1);
    expect(proposeRating({ type: "multiple_choice", correct: false, exact: true, durationMs: null })).toBe(1);
  });
  it("right answers propose Good, Hard when slow or typo-accepted, Easy when fast", () => {
    expect(proposeRating({ type: "multiple_choice", correct: true, exact: true, durationMs: 8000 })).toBe(3);
    expect(proposeRating({ type: "multiple_choice", correct: true, exact: true, durationMs: 25_000 })).toBe(2);
    expect(proposeRating({ type: "typed", correct: true, exact: false, durationMs: 2000 })).toBe(2);
    expect(proposeRating({ type: "multiple_choice", correct: true, exact: true, durationMs: 2000 })).toBe(4);
    expect(proposeRating({ type: "cloze", correct: true, exact: true, durationMs: 5000 })).toBe(4);
    expect(proposeRating({ type: "typed", correct: true, exact: true, durationMs: 20_000 })).toBe(3);
  });
  it("a fast true/false answer is not Easy (could be a guess); unknown time is Good", () => {
    expect(proposeRating({ type: "true_false", correct: true, exact: true, durationMs: 500 })).toBe(3);
    expect(proposeRating({ type: "typed", correct: true, exact: true, durationMs: null })).toBe(3);
  });
});
