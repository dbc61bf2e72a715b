import { describe, expect, it } from "vitest";
import { planReviewSubmit, reviewIdSchema } from "./plan-review-submit";

const request = { userId: "u1", questionId: "q1", rating: 3 as const };

describe("planReviewSubmit (idempotent submit)", () => {
  it("applies a review id seen for the first time", () => {
    expect(planReviewSubmit(null, request)).toEqual({ kind: "apply" });
  });

  it("replays a retry of the same review without applying it again", () => {
    const existing = { userId: "u1", questionId: "q1", rating: 3, undoneAt: null };
    expect(planReviewSubmit(existing, request)).toEqual({ kind: "replay", undone: false });
  });

  it("does not resurrect an undone review when its request is retried late", () => {
    const existing = { userId: "u1", questionId: "q1", rating: 3, undoneAt: new Date("2026-03-02T09:01:00Z") };
    expect(planReviewSubmit(existing, request)).toEqual({ kind: "replay", undone: true });
  });

  it("treats a reused id with other content as a conflict", () => {
    expect(planReviewSubmit({ userId: "u2", questionId: "q1", rating: 3, undoneAt: null }, request).kind).toBe("conflict");
    expect(planReviewSubmit({ userId: "u1", questionId: "q2", rating: 3, undoneAt: null }, request).kind).toBe("conflict");
    expect(planReviewSubmit({ userId: "u1", questionId: "q1", rating: 1, undoneAt: null }, request).kind).toBe("conflict");
  });

  it("requires review ids to be UUIDs", () => {
    expect(reviewIdSchema.safeParse("3f1c1f8e-8a55-4c1e-9d7c-6f1d2b3a4c5d").success).toBe(true);
    expect(reviewIdSchema.safeParse("1").success).toBe(false);
    expect(reviewIdSchema.safeParse("").success).toBe(false);
  });
});
