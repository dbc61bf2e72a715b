import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { createDeck, createStudent, reviewId } from "./study-fixtures.int-helpers";
import { submitReview } from "./submit-review";
import { undoReview } from "./undo-review";

const t0 = new Date("2026-03-02T09:00:00.000Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

afterAll(async () => {
  await db.$disconnect();
});

const cardColumns = { due: true, stability: true, difficulty: true, elapsedDays: true, scheduledDays: true, learningSteps: true, reps: true, lapses: true, state: true, lastReview: true } as const;

describe("undoReview", () => {
  it("restores the card exactly and marks the review undone; undo walks back one review at a time", async () => {
    const student = await createStudent();
    const deck = await createDeck(1);
    const questionId = deck.questions[0]!.id;
    const first = reviewId();
    await submitReview(student.id, { reviewId: first, questionId, rating: 3 }, t0);
    const afterFirst = await db.card.findFirstOrThrow({ where: { userId: student.id }, select: cardColumns });
    const second = reviewId();
    await submitReview(student.id, { reviewId: second, questionId, rating: 1 }, later(600_000));

    const undone = await undoReview(student.id, { reviewId: second }, later(601_000));
    expect(undone.alreadyUndone).toBe(false);
    expect(await db.card.findFirstOrThrow({ where: { userId: student.id }, select: cardColumns })).toEqual(afterFirst);
    expect((await db.reviewLog.findUniqueOrThrow({ where: { id: second } })).undoneAt).toEqual(later(601_000));

    await undoReview(student.id, { reviewId: first }, later(602_000));
    const fresh = await db.card.findFirstOrThrow({ where: { userId: student.id }, select: cardColumns });
    expect(fresh).toMatchObject({ state: 0, reps: 0, lastReview: null, due: t0 });
  });

  it("a retried undo is a no-op and cannot undo an earlier review", async () => {
    const student = await createStudent();
    const deck = await createDeck(2);
    const a = reviewId();
    const b = reviewId();
    await submitReview(student.id, { reviewId: a, questionId: deck.questions[0]!.id, rating: 3 }, t0);
    await submitReview(student.id, { reviewId: b, questionId: deck.questions[1]!.id, rating: 3 }, later(1000));
    await undoReview(student.id, { reviewId: b }, later(2000));
    const retry = await undoReview(student.id, { reviewId: b }, later(3000));
    expect(retry.alreadyUndone).toBe(true);
    expect((await db.reviewLog.findUniqueOrThrow({ where: { id: a } })).undoneAt).toBeNull();
    expect((await db.reviewLog.findUniqueOrThrow({ where: { id: b } })).undoneAt).toEqual(later(2000));
  });

  it("only the latest review can be undone (409), and only one's own (404)", async () => {
    const student = await createStudent();
    const deck = await createDeck(2);
    const a = reviewId();
    await submitReview(student.id, { reviewId: a, questionId: deck.questions[0]!.id, rating: 3 }, t0);
    await submitReview(student.id, { reviewId: reviewId(), questionId: deck.questions[1]!.id, rating: 3 }, later(1000));
    await expect(undoReview(student.id, { reviewId: a }, later(2000))).rejects.toMatchObject({ code: "CONFLICT" });
    const other = await createStudent();
    await expect(undoReview(other.id, { reviewId: a }, later(2000))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(undoReview(student.id, { reviewId: reviewId() }, later(2000))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a late retry of an undone submit does not resurrect it", async () => {
    const student = await createStudent();
    const deck = await createDeck(1);
    const questionId = deck.questions[0]!.id;
    const id = reviewId();
    await submitReview(student.id, { reviewId: id, questionId, rating: 3 }, t0);
    await undoReview(student.id, { reviewId: id }, later(1000));
    const retry = await submitReview(student.id, { reviewId: id, questionId, rating: 3 }, later(2000));
    expect(retry).toMatchObject({ replayed: true, undone: true, card: { state: 0, reps: 0 } });
    expect(await db.reviewLog.count({ where: { userId: student.id, undoneAt: null } })).toBe(0);
  });
});
