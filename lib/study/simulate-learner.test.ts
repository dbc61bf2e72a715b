import { describe, expect, it } from "vitest";
import { createRandom, simulateLearner, splitByCard } from "./simulate-learner";

const options = { seed: 7, cards: 60, newCardsPerDay: 10, days: 40, start: new Date("2026-01-05T00:00:00Z") };

describe("simulateLearner", () => {
  it("is reproducible from its seed", () => {
    const a = simulateLearner(options);
    const b = simulateLearner(options);
    expect(a).toEqual(b);
    expect(simulateLearner({ ...options, seed: 8 }).reviews).not.toEqual(a.reviews);
  });

  it("produces plausible histories: every card starts new, reviews stay in the window, ratings 1-4", () => {
    const sim = simulateLearner(options);
    expect(sim.cardIds).toHaveLength(60);
    const firsts = new Map<string, number>();
    for (const review of sim.reviews) {
      if (!firsts.has(review.cardId)) firsts.set(review.cardId, review.state);
      expect([1, 2, 3, 4]).toContain(review.rating);
      expect(review.reviewedAt.getTime()).toBeLessThan(options.start.getTime() + 40 * 86_400_000);
    }
    expect([...firsts.values()].every((s) => s === 0)).toBe(true);
    expect(sim.reviews.length).toBeGreaterThan(60 * 3);
  });

  it("splits by card, deterministically", () => {
    const sim = simulateLearner(options);
    const { train, test } = splitByCard(sim.cardIds, sim.reviews, 0.25, 1);
    expect(new Set(test.map((r) => r.cardId)).size).toBe(15);
    const trainIds = new Set(train.map((r) => r.cardId));
    expect(test.some((r) => trainIds.has(r.cardId))).toBe(false);
    expect(train.length + test.length).toBe(sim.reviews.length);
  });

  it("createRandom yields [0, 1) and repeats per seed", () => {
    const r1 = createRandom(42);
    const r2 = createRandom(42);
    for (let i = 0; i < 100; i++) {
      const x = r1();
      expect(x).toBe(r2());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
