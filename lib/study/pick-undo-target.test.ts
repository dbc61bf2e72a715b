import { describe, expect, it } from "vitest";
import { applyRating } from "./apply-rating";
import { buildScheduler, defaultSchedulerSettings } from "./build-scheduler";
import { newCardState, parseCardSnapshot, toCardSnapshot } from "./card-state";
import { pickUndoTarget, restoreCardBefore } from "./pick-undo-target";

const t0 = new Date("2026-03-02T09:00:00.000Z");
const scheduler = buildScheduler(defaultSchedulerSettings);

describe("undo", () => {
  it("restores the card exactly as it was before the review", () => {
    const learning = applyRating(scheduler, newCardState(t0), 3, t0).card;
    const review = applyRating(scheduler, learning, 1, new Date(t0.getTime() + 600_000));
    // Stored as JSON in the database and read back.
    const stored = JSON.parse(JSON.stringify(review.log.cardBefore)) as unknown;
    expect(restoreCardBefore({ cardBefore: stored })).toEqual(learning);
  });

  it("restores a never-reviewed card (lastReview null)", () => {
    const fresh = newCardState(t0);
    const review = applyRating(scheduler, fresh, 4, t0);
    expect(restoreCardBefore({ cardBefore: review.log.cardBefore })).toEqual(fresh);
  });

  it("round-trips snapshots and refuses malformed ones", () => {
    const card = applyRating(scheduler, newCardState(t0), 3, t0).card;
    expect(parseCardSnapshot(toCardSnapshot(card))).toEqual(card);
    expect(() => parseCardSnapshot({ due: "yesterday" })).toThrow();
    expect(() => parseCardSnapshot(null)).toThrow();
  });

  it("picks the latest review that is not undone yet", () => {
    const at = (m: number) => new Date(t0.getTime() + m * 60_000);
    const reviews = [
      { id: "a", cardId: "c1", reviewedAt: at(1), undoneAt: null, cardBefore: {} },
      { id: "b", cardId: "c2", reviewedAt: at(3), undoneAt: at(4), cardBefore: {} },
      { id: "c", cardId: "c1", reviewedAt: at(2), undoneAt: null, cardBefore: {} },
    ];
    expect(pickUndoTarget(reviews)?.id).toBe("c");
    expect(pickUndoTarget(reviews.filter((r) => r.id !== "c"))?.id).toBe("a");
    expect(pickUndoTarget([])).toBeNull();
    expect(pickUndoTarget([{ ...reviews[1]! }])).toBeNull();
  });
});
