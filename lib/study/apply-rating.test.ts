import { describe, expect, it } from "vitest";
import { applyRating, type StudyRating } from "./apply-rating";
import { buildScheduler, defaultSchedulerSettings, parseStoredParameters } from "./build-scheduler";
import { CardStateValue, newCardState, type CardState } from "./card-state";
import { TRUE_PARAMETERS } from "./simulate-learner";

const t0 = new Date("2026-03-02T09:00:00.000Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const days = (from: Date, n: number) => new Date(from.getTime() + n * 86_400_000);
const scheduler = buildScheduler(defaultSchedulerSettings);

function rate(card: CardState, rating: StudyRating, at: Date, s = scheduler) {
  return applyRating(s, card, rating, at);
}

describe("applyRating", () => {
  it("takes a new card through learning steps into review", () => {
    const card = newCardState(t0);
    expect(card.state).toBe(CardStateValue.New);
    expect(card.due).toEqual(t0);

    const first = rate(card, 3, t0);
    expect(first.card.state).toBe(CardStateValue.Learning);
    expect(first.card.reps).toBe(1);
    expect(first.card.due).toEqual(minutes(10)); // second learning step: 10 minutes
    expect(first.card.lastReview).toEqual(t0);
    expect(first.log.state).toBe(CardStateValue.New);
    expect(first.log.rating).toBe(3);
    expect(first.log.reviewedAt).toEqual(t0);

    const second = rate(first.card, 3, minutes(10));
    expect(second.card.state).toBe(CardStateValue.Review);
    expect(second.card.reps).toBe(2);
    expect(second.card.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(second.card.due).toEqual(days(minutes(10), second.card.scheduledDays));
    expect(second.log.state).toBe(CardStateValue.Learning);

    const third = rate(second.card, 3, second.card.due);
    expect(third.card.state).toBe(CardStateValue.Review);
    expect(third.card.scheduledDays).toBeGreaterThan(second.card.scheduledDays);
    expect(third.card.lapses).toBe(0);
  });

  it("Again on a new card keeps it in learning, due in one minute", () => {
    const again = rate(newCardState(t0), 1, t0);
    expect(again.card.state).toBe(CardStateValue.Learning);
    expect(again.card.due).toEqual(minutes(1));
  });

  it("Easy on a new card graduates at once", () => {
    const easy = rate(newCardState(t0), 4, t0);
    expect(easy.card.state).toBe(CardStateValue.Review);
    expect(easy.card.scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it("a lapse sends a review card to relearning and counts it", () => {
    const learned = rate(rate(newCardState(t0), 3, t0).card, 3, minutes(10)).card;
    const reviewed = rate(learned, 3, learned.due).card;
    expect(reviewed.lapses).toBe(0);

    const lapse = rate(reviewed, 1, reviewed.due);
    expect(lapse.card.state).toBe(CardStateValue.Relearning);
    expect(lapse.card.lapses).toBe(1);
    expect(lapse.card.due).toEqual(new Date(reviewed.due.getTime() + 10 * 60_000)); // relearning step 10m
    expect(lapse.card.stability).toBeLessThan(reviewed.stability);
    expect(lapse.log.state).toBe(CardStateValue.Review);

    const relearned = rate(lapse.card, 3, lapse.card.due);
    expect(relearned.card.state).toBe(CardStateValue.Review);
    expect(relearned.card.lapses).toBe(1);

    const secondLapse = rate(relearned.card, 1, relearned.card.due);
    expect(secondLapse.card.lapses).toBe(2);
  });

  it("a higher desired retention gives shorter intervals", () => {
    const low = buildScheduler({ ...defaultSchedulerSettings, desiredRetention: 0.7 });
    const mid = buildScheduler({ ...defaultSchedulerSettings, desiredRetention: 0.9 });
    const high = buildScheduler({ ...defaultSchedulerSettings, desiredRetention: 0.97 });
    const interval = (s: typeof scheduler) => {
      const learned = rate(rate(newCardState(t0), 3, t0, s).card, 3, minutes(10), s).card;
      return rate(learned, 3, learned.due, s).card.scheduledDays;
    };
    expect(interval(low)).toBeGreaterThan(interval(mid));
    expect(interval(mid)).toBeGreaterThan(interval(high));
  });

  it("clamps retention outside 0.70-0.97 and honours the maximum interval", () => {
    const capped = buildScheduler({ ...defaultSchedulerSettings, desiredRetention: 0.5, maximumInterval: 3 });
    let card = rate(newCardState(t0), 4, t0, capped).card;
    for (let i = 0; i < 6; i++) card = rate(card, 4, card.due, capped).card;
    expect(card.scheduledDays).toBeLessThanOrEqual(3);
  });

  it("fitted weights change the schedule", () => {
    const fitted = buildScheduler({ ...defaultSchedulerSettings, parameters: TRUE_PARAMETERS });
    const a = rate(newCardState(t0), 4, t0).card.scheduledDays;
    const b = rate(newCardState(t0), 4, t0, fitted).card.scheduledDays;
    expect(b).not.toBe(a);
  });

  it("is deterministic (fuzz off): the same input gives the same output", () => {
    const card = rate(rate(newCardState(t0), 3, t0).card, 3, minutes(10)).card;
    expect(rate(card, 3, days(card.due, 2))).toEqual(rate(card, 3, days(card.due, 2)));
  });

  it("records the card before the review as a JSON snapshot", () => {
    const before = rate(newCardState(t0), 3, t0).card;
    const result = rate(before, 2, minutes(10));
    expect(result.log.cardBefore).toEqual({
      ...before,
      due: before.due.toISOString(),
      lastReview: before.lastReview?.toISOString() ?? null,
    });
    expect(JSON.parse(JSON.stringify(result.log.cardBefore))).toEqual(result.log.cardBefore);
  });
});

describe("parseStoredParameters", () => {
  it("accepts 21 numbers and rejects anything else", () => {
    expect(parseStoredParameters([...TRUE_PARAMETERS])).toEqual([...TRUE_PARAMETERS]);
    expect(parseStoredParameters(null)).toBeNull();
    expect(parseStoredParameters([1, 2, 3])).toBeNull();
    expect(parseStoredParameters("[0.1]")).toBeNull();
    expect(parseStoredParameters([...TRUE_PARAMETERS.slice(0, 20), Number.NaN])).toBeNull();
  });
});
