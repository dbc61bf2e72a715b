import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { evaluateParameters, fitParameters, toBindingItems } from "./fit-parameters";
import { simulateLearner, splitByCard, TRUE_PARAMETERS } from "./simulate-learner";
import { toReviewSequences } from "./to-review-sequences";

describe("fitParameters", () => {
  it("keeps the defaults below the minimum history", async () => {
    const sim = simulateLearner({ seed: 3, cards: 30, newCardsPerDay: 10, days: 14, start: new Date("2026-01-05T00:00:00Z") });
    const result = await fitParameters(sim.reviews, { utcOffsetMinutes: 0 });
    expect(result.fitted).toBe(false);
    expect(result.reason).toBe("not_enough_history");
    expect(result.parameters).toEqual([...default_w]);
    expect(result.reviewCount).toBe(sim.reviews.length);
  });

  it("ignores undone reviews", async () => {
    const sim = simulateLearner({ seed: 3, cards: 30, newCardsPerDay: 10, days: 14, start: new Date("2026-01-05T00:00:00Z") });
    const undone = sim.reviews.map((r) => ({ ...r, undoneAt: r.reviewedAt }));
    const result = await fitParameters(undone, { utcOffsetMinutes: 0 });
    expect(result.reviewCount).toBe(0);
    expect(result.trainingItems).toBe(0);
  });

  it("fits a simulated learner and predicts held-out reviews better than the defaults", async () => {
    const sim = simulateLearner({ seed: 11, cards: 800, newCardsPerDay: 20, days: 180, start: new Date("2026-01-05T00:00:00Z") });
    const { train, test } = splitByCard(sim.cardIds, sim.reviews, 0.2, 12);
    const progress: number[] = [];
    const result = await fitParameters(train, { utcOffsetMinutes: 0, onProgress: (p) => progress.push(p) });
    expect(result.fitted).toBe(true);
    expect(result.parameters).toHaveLength(21);
    expect(progress.every((p) => p >= 0 && p <= 1)).toBe(true);

    const testItems = toBindingItems(toReviewSequences(test, 0));
    const defaults = evaluateParameters(testItems, default_w);
    const fitted = evaluateParameters(testItems, result.parameters);
    const truth = evaluateParameters(testItems, TRUE_PARAMETERS);
    expect(defaults && fitted && truth).toBeTruthy();
    expect(fitted!.logLoss).toBeLessThan(defaults!.logLoss);
    expect(fitted!.rmseBins).toBeLessThan(defaults!.rmseBins);
    expect(fitted!.logLoss).toBeLessThan(truth!.logLoss + 0.01);
  }, 30_000);
});
