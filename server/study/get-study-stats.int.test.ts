import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { getStudyStats } from "./get-study-stats";
import { createDeck, createStudent, reviewId } from "./study-fixtures.int-helpers";
import { submitReview } from "./submit-review";
import { undoReview } from "./undo-review";

const t0 = new Date("2026-03-02T09:00:00.000Z");

afterAll(async () => {
  await db.$disconnect();
});

describe("getStudyStats", () => {
  it("summarises only the student's own, not undone reviews", async () => {
    const student = await createStudent();
    const other = await createStudent();
    const deck = await createDeck(3);
    await submitReview(student.id, { reviewId: reviewId(), questionId: deck.questions[0]!.id, rating: 4 }, t0);
    await submitReview(student.id, { reviewId: reviewId(), questionId: deck.questions[1]!.id, rating: 1 }, t0);
    const undone = reviewId();
    await submitReview(student.id, { reviewId: undone, questionId: deck.questions[2]!.id, rating: 3 }, new Date(t0.getTime() + 1000));
    await undoReview(student.id, { reviewId: undone }, new Date(t0.getTime() + 2000));
    await submitReview(other.id, { reviewId: reviewId(), questionId: deck.questions[0]!.id, rating: 3 }, t0);

    const stats = await getStudyStats({ userId: student.id }, new Date(t0.getTime() + 3600_000));
    expect(stats.totalReviews).toBe(2);
    expect(stats.reviewsPerDay.at(-1)).toEqual({ date: "2026-03-02", count: 2 });
    expect(stats.cardsByState).toEqual([
      { state: "New", count: 1 },
      { state: "Learning", count: 1 },
      { state: "Review", count: 1 },
      { state: "Relearning", count: 0 },
    ]);
    expect(stats.dueForecast).toHaveLength(30);
    expect(stats.dueForecast[0]?.count).toBe(1); // the Again card, due in a minute
    const course = stats.decks.find((c) => c.slug === deck.course.slug);
    expect(course?.sets[0]?.summary).toEqual({ dueToday: 1, new: 1, learning: 1, learned: 1 });
    expect(course?.sets.map((s) => s.deckId)).toEqual([deck.setDeckId]); // the draft set is not a deck
  });
});
