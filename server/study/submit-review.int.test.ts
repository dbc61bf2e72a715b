import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { createDeck, createStudent, reviewId } from "./study-fixtures.int-helpers";
import { submitReview } from "./submit-review";

const t0 = new Date("2026-03-02T09:00:00.000Z");

afterAll(async () => {
  await db.$disconnect();
});

describe("submitReview", () => {
  it("creates the card on the first review and logs the review with the card before it", async () => {
    const student = await createStudent();
    const deck = await createDeck(1);
    const question = deck.questions[0]!;
    const id = reviewId();
    const result = await submitReview(student.id, { reviewId: id, questionId: question.id, rating: 3, durationMs: 4200 }, t0);
    expect(result).toMatchObject({ reviewId: id, replayed: false, card: { state: 1, reps: 1 } });
    expect(result.card.due).toBe("2026-03-02T09:10:00.000Z");
    const log = await db.reviewLog.findUniqueOrThrow({ where: { id } });
    expect(log).toMatchObject({ userId: student.id, questionId: question.id, rating: 3, state: 0, durationMs: 4200, undoneAt: null });
    expect(log.reviewedAt).toEqual(t0);
    expect((log.cardBefore as { state: number }).state).toBe(0);
  });

  it("is idempotent: a retried request is answered the same and never counts twice", async () => {
    const student = await createStudent();
    const deck = await createDeck(1);
    const question = deck.questions[0]!;
    const id = reviewId();
    const first = await submitReview(student.id, { reviewId: id, questionId: question.id, rating: 3 }, t0);
    const retry = await submitReview(student.id, { reviewId: id, questionId: question.id, rating: 3 }, new Date(t0.getTime() + 5000));
    expect(retry.replayed).toBe(true);
    expect(retry.card).toEqual(first.card);
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(1);
    const card = await db.card.findFirstOrThrow({ where: { userId: student.id } });
    expect(card.reps).toBe(1);
  });

  it("counts concurrent duplicates once", async () => {
    const student = await createStudent();
    const deck = await createDeck(1);
    const question = deck.questions[0]!;
    const id = reviewId();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => submitReview(student.id, { reviewId: id, questionId: question.id, rating: 4 }, t0)),
    );
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(1);
    expect((await db.card.findFirstOrThrow({ where: { userId: student.id } })).reps).toBe(1);
  });

  it("refuses a reused review id with different content (409)", async () => {
    const student = await createStudent();
    const deck = await createDeck(2);
    const id = reviewId();
    await submitReview(student.id, { reviewId: id, questionId: deck.questions[0]!.id, rating: 3 }, t0);
    await expect(submitReview(student.id, { reviewId: id, questionId: deck.questions[0]!.id, rating: 1 }, t0)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(submitReview(student.id, { reviewId: id, questionId: deck.questions[1]!.id, rating: 3 }, t0)).rejects.toMatchObject({ code: "CONFLICT" });
    const other = await createStudent();
    await expect(submitReview(other.id, { reviewId: id, questionId: deck.questions[0]!.id, rating: 3 }, t0)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses cards the student cannot see with 404: draft sets, unapproved and unknown questions", async () => {
    const student = await createStudent();
    const deck = await createDeck(1);
    for (const questionId of [deck.draftQuestion.id, deck.pendingQuestion.id, "doesnotexist123"]) {
      const error = await submitReview(student.id, { reviewId: reviewId(), questionId, rating: 3 }, t0).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "NOT_FOUND", status: 404 });
    }
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(0);
    expect(await db.card.count({ where: { userId: student.id } })).toBe(0);
  });

  it("rejects invalid input", async () => {
    const student = await createStudent();
    const deck = await createDeck(1);
    await expect(submitReview(student.id, { reviewId: "not-a-uuid", questionId: deck.questions[0]!.id, rating: 3 }, t0)).rejects.toThrow();
    await expect(submitReview(student.id, { reviewId: reviewId(), questionId: deck.questions[0]!.id, rating: 5 as never }, t0)).rejects.toThrow();
  });

  it("follows one student's card through learning, review and a lapse", async () => {
    const student = await createStudent();
    const deck = await createDeck(1);
    const questionId = deck.questions[0]!.id;
    const a = await submitReview(student.id, { reviewId: reviewId(), questionId, rating: 3 }, t0);
    const b = await submitReview(student.id, { reviewId: reviewId(), questionId, rating: 3 }, new Date(a.card.due));
    expect(b.card.state).toBe(2);
    const c = await submitReview(student.id, { reviewId: reviewId(), questionId, rating: 1 }, new Date(b.card.due));
    expect(c.card).toMatchObject({ state: 3, lapses: 1, reps: 3 });
  });

  it("uses the student's desired retention", async () => {
    const deck = await createDeck(1);
    const questionId = deck.questions[0]!.id;
    const interval = async (retention: number) => {
      const student = await createStudent();
      await db.studySettings.create({ data: { userId: student.id, desiredRetention: retention } });
      const a = await submitReview(student.id, { reviewId: reviewId(), questionId, rating: 3 }, t0);
      const b = await submitReview(student.id, { reviewId: reviewId(), questionId, rating: 3 }, new Date(a.card.due));
      const c = await submitReview(student.id, { reviewId: reviewId(), questionId, rating: 3 }, new Date(b.card.due));
      return c.card.scheduledDays;
    };
    expect(await interval(0.75)).toBeGreaterThan(await interval(0.95));
  });
});
