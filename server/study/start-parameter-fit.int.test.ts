import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { simulateLearner } from "@/lib/study/simulate-learner";
import { db } from "@/server/db/client";
import { getParameterFit } from "./get-parameter-fit";
import { getStudySettings } from "./get-study-settings";
import { startParameterFit } from "./start-parameter-fit";
import { createDeck, createStudent } from "./study-fixtures.int-helpers";

const now = new Date("2026-11-23T12:00:00.000Z");

afterAll(async () => {
  await db.$disconnect();
});

/** Stores a simulated history for `userId` as cards and review logs. */
async function seedHistory(userId: string, cards: number, days: number) {
  const deck = await createDeck(0);
  const sim = simulateLearner({ seed: 99, cards, newCardsPerDay: 15, days, start: new Date("2026-05-01T00:00:00Z") });
  const questionIds = new Map<string, string>();
  const cardIds = new Map<string, string>();
  await db.question.createMany({
    data: sim.cardIds.map((simId, i) => {
      const id = `q${randomUUID().replace(/-/g, "").slice(0, 20)}`;
      questionIds.set(simId, id);
      return { id, questionSetId: deck.published.id, contentId: simId, type: "flashcard" as const, prompt: `P${i}`, answer: `A${i}`, options: [], status: "approved" as const, position: i };
    }),
  });
  await db.card.createMany({
    data: sim.cardIds.map((simId) => {
      const id = `c${randomUUID().replace(/-/g, "").slice(0, 20)}`;
      cardIds.set(simId, id);
      return { id, userId, questionId: questionIds.get(simId)!, due: now, state: 2 };
    }),
  });
  const rows = sim.reviews.map((r) => ({
    id: randomUUID(),
    cardId: cardIds.get(r.cardId)!,
    userId,
    questionId: questionIds.get(r.cardId)!,
    rating: r.rating,
    state: r.state,
    due: r.reviewedAt,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    lastElapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reviewedAt: r.reviewedAt,
    cardBefore: {},
  }));
  for (let i = 0; i < rows.length; i += 1000) await db.reviewLog.createMany({ data: rows.slice(i, i + 1000) });
  return sim.reviews.length;
}

describe("startParameterFit (optimizer job)", () => {
  it("keeps the defaults for a short history", async () => {
    const student = await createStudent();
    await seedHistory(student.id, 40, 10);
    const { fitId, started, done } = await startParameterFit(student.id, {}, now);
    expect(started).toBe(true);
    await done;
    const fit = await getParameterFit(student.id, fitId);
    expect(fit).toMatchObject({ status: "succeeded", fitted: false, progress: 1, metrics: { reason: "not_enough_history" } });
    expect((await getStudySettings(student.id)).parameters).toBeNull();
  });

  it("fits a long history in the background, reports progress and stores the parameters", async () => {
    const student = await createStudent();
    const reviewCount = await seedHistory(student.id, 700, 150);
    const { fitId, done } = await startParameterFit(student.id, {}, now);
    // A second click while it runs returns the same job.
    const again = await startParameterFit(student.id, {}, now);
    expect(again).toMatchObject({ fitId, started: false });
    const early = await getParameterFit(student.id, fitId);
    expect(["queued", "running", "succeeded"]).toContain(early?.status);
    await done;
    const fit = await getParameterFit(student.id, fitId);
    expect(fit).toMatchObject({ status: "succeeded", fitted: true, progress: 1, reviewCount });
    const heldOut = fit?.metrics?.heldOut;
    expect(heldOut).not.toBeNull();
    expect(heldOut!.fitted.logLoss).toBeLessThan(heldOut!.default.logLoss);
    const settings = await getStudySettings(student.id);
    expect(settings.parameters).toHaveLength(21);
    expect(settings.parametersFittedAt).not.toBeNull();
    // Someone else cannot read it.
    const other = await createStudent();
    expect(await getParameterFit(other.id, fitId)).toBeNull();
  }, 60_000);
});
