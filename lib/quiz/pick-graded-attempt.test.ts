import { describe, expect, it } from "vitest";
import { pickGradedAttempt } from "./pick-graded-attempt";

const at = (number: number, score: number | null, maxScore = 10, submitted = true) => ({
  number,
  score,
  maxScore,
  submittedAt: submitted ? new Date(Date.UTC(2026, 10, 23, 10, number)) : null,
});

describe("pickGradedAttempt", () => {
  const attempts = [at(1, 6), at(2, 9), at(3, 7), at(4, null, 10, false)];
  it("best: the highest percentage", () => {
    expect(pickGradedAttempt(attempts, "best")?.number).toBe(2);
  });
  it("last: the latest submitted attempt, ignoring one in progress", () => {
    expect(pickGradedAttempt(attempts, "last")?.number).toBe(3);
  });
  it("best compares percentages, and a tie goes to the earlier attempt", () => {
    expect(pickGradedAttempt([at(1, 3, 4), at(2, 7, 10)], "best")?.number).toBe(1); // 75 % > 70 %
    expect(pickGradedAttempt([at(1, 5), at(2, 5)], "best")?.number).toBe(1);
    expect(pickGradedAttempt([at(2, 5), at(1, 5)], "best")?.number).toBe(1);
  });
  it("nothing submitted: null", () => {
    expect(pickGradedAttempt([at(1, null, 10, false)], "best")).toBeNull();
    expect(pickGradedAttempt([], "last")).toBeNull();
  });
});
