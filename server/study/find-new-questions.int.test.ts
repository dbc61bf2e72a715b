import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { findNewQuestions } from "./find-new-questions";
import { createDeck, createStudent, reviewId } from "./study-fixtures.int-helpers";
import { submitReview } from "./submit-review";
import { undoReview } from "./undo-review";

const t0 = new Date("2026-03-02T09:00:00.000Z");

afterAll(async () => {
  await db.$disconnect();
});

describe("findNewQuestions", () => {
  it("returns unstudied questions in deck order whatever order the student studied in", async () => {
    const student = await createStudent();
    const deck = await createDeck(8);
    const ids = deck.questions.map((q) => q.id);
    const deckRef = { kind: "set" as const, setId: deck.published.id };
    expect((await findNewQuestions(student.id, deckRef, 3)).map((q) => q.id)).toEqual(ids.slice(0, 3));

    // In order: the first three.
    for (const id of ids.slice(0, 3)) await submitReview(student.id, { reviewId: reviewId(), questionId: id, rating: 3 }, t0);
    expect((await findNewQuestions(student.id, deckRef, 3)).map((q) => q.id)).toEqual(ids.slice(3, 6));

    // Out of order: the last two; the remaining ones (3, 4, 5) are still found, in order.
    for (const id of ids.slice(6)) await submitReview(student.id, { reviewId: reviewId(), questionId: id, rating: 3 }, t0);
    expect((await findNewQuestions(student.id, deckRef, 10)).map((q) => q.id)).toEqual(ids.slice(3, 6));

    // All studied; undoing a later review of #1 leaves it studied (its first review stands).
    for (const id of ids.slice(3, 6)) await submitReview(student.id, { reviewId: reviewId(), questionId: id, rating: 3 }, t0);
    expect(await findNewQuestions(student.id, deckRef, 10)).toEqual([]);
    const last = reviewId();
    await submitReview(student.id, { reviewId: last, questionId: ids[1]!, rating: 1 }, t0); // a second review of #1
    await undoReview(student.id, { reviewId: last }, t0);
    expect(await findNewQuestions(student.id, deckRef, 10)).toEqual([]); // #1 is still studied (its first review stands)
  });

  it("finds a question whose only review was undone, before later ones", async () => {
    const student = await createStudent();
    const deck = await createDeck(4);
    const ids = deck.questions.map((q) => q.id);
    const deckRef = { kind: "set" as const, setId: deck.published.id };
    for (const id of ids.slice(0, 3)) await submitReview(student.id, { reviewId: reviewId(), questionId: id, rating: 3 }, t0);
    const undone = reviewId();
    await submitReview(student.id, { reviewId: undone, questionId: ids[3]!, rating: 3 }, new Date(t0.getTime() + 1000));
    await undoReview(student.id, { reviewId: undone }, new Date(t0.getTime() + 2000));
    const found = await findNewQuestions(student.id, deckRef, 5);
    expect(found.map((q) => q.id)).toEqual([ids[3]]);
    expect(found[0]?.cards).toHaveLength(1); // the New card row is reused
  });

  it("walks a course's published sets in creation order and skips finished sets", async () => {
    const student = await createStudent();
    const deck = await createDeck(2);
    const second = await db.questionSet.create({
      data: { courseId: deck.course.id, title: "Second", status: "published", createdAt: new Date(Date.now() + 60_000) },
    });
    const extra = [];
    for (let i = 0; i < 2; i++) {
      extra.push(
        await db.question.create({
          data: { questionSetId: second.id, contentId: `x${i}-${second.id}`, type: "flashcard", prompt: `X${i}`, answer: "a", options: [], status: "approved", position: i },
        }),
      );
    }
    const courseRef = { kind: "course" as const, slug: deck.course.slug };
    expect((await findNewQuestions(student.id, courseRef, 10)).map((q) => q.id)).toEqual([...deck.questions.map((q) => q.id), ...extra.map((q) => q.id)]);
    for (const q of deck.questions) await submitReview(student.id, { reviewId: reviewId(), questionId: q.id, rating: 3 }, t0);
    expect((await findNewQuestions(student.id, courseRef, 1)).map((q) => q.id)).toEqual([extra[0]!.id]);
    // Draft sets and unapproved questions never appear.
    const all = await findNewQuestions(student.id, courseRef, 100);
    expect(all.map((q) => q.id)).not.toContain(deck.draftQuestion.id);
    expect(all.map((q) => q.id)).not.toContain(deck.pendingQuestion.id);
  });
});
