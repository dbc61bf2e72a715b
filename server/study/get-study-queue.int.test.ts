import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { getStudyQueue } from "./get-study-queue";
import { createDeck, createStudent, reviewId } from "./study-fixtures.int-helpers";
import { submitReview } from "./submit-review";

const t0 = new Date("2026-03-02T09:00:00.000Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

afterAll(async () => {
  await db.$disconnect();
});

describe("getStudyQueue", () => {
  it("lists only visible questions: new ones in deck order, never drafts or unapproved", async () => {
    const student = await createStudent();
    const deck = await createDeck(3);
    const queue = await getStudyQueue({ userId: student.id, deckId: deck.setDeckId }, t0);
    expect(queue.items.map((i) => i.questionId)).toEqual(deck.questions.map((q) => q.id));
    expect(queue.items.every((i) => i.kind === "new")).toBe(true);
    expect(queue.items[0]).toMatchObject({ type: "flashcard", answer: "Back 0", sourceSentence: "Source sentence 0." });
    expect(queue.items[0]?.intervals.map((i) => i.label)).toEqual(["1m", "6m", "10m", expect.stringMatching(/d$/)]);
    const course = await getStudyQueue({ userId: student.id, deckId: deck.courseDeckId }, t0);
    expect(course.items.map((i) => i.questionId)).toEqual(deck.questions.map((q) => q.id));
  });

  it("brings a card back when it is due, before new cards", async () => {
    const student = await createStudent();
    const deck = await createDeck(3);
    const first = deck.questions[0]!.id;
    await submitReview(student.id, { reviewId: reviewId(), questionId: first, rating: 1 }, t0); // due in 1 minute
    const soon = await getStudyQueue({ userId: student.id, deckId: deck.setDeckId }, later(30_000));
    expect(soon.items.map((i) => i.questionId)).not.toContain(first);
    expect(soon.nextDueAt).toBe(later(60_000).toISOString());
    const due = await getStudyQueue({ userId: student.id, deckId: deck.setDeckId }, later(60_000));
    expect(due.items[0]).toMatchObject({ questionId: first, kind: "due" });
    expect(due.dueCount).toBe(1);
  });

  it("respects the daily new-card limit on the student's local day", async () => {
    const student = await createStudent();
    await db.studySettings.create({ data: { userId: student.id, newCardsPerDay: 2 } });
    const deck = await createDeck(5);
    // 23:30 local in UTC+1 is 22:30 UTC.
    const evening = new Date("2026-03-02T22:30:00.000Z");
    await submitReview(student.id, { reviewId: reviewId(), questionId: deck.questions[0]!.id, rating: 4 }, evening);
    const sameDay = await getStudyQueue({ userId: student.id, deckId: deck.setDeckId, utcOffsetMinutes: 60 }, new Date("2026-03-02T22:40:00.000Z"));
    expect(sameDay.items.filter((i) => i.kind === "new")).toHaveLength(1);
    expect(sameDay.newAllowed).toBe(1);
    // 00:10 local the next day: a fresh allowance.
    const nextDay = await getStudyQueue({ userId: student.id, deckId: deck.setDeckId, utcOffsetMinutes: 60 }, new Date("2026-03-02T23:10:00.000Z"));
    expect(nextDay.items.filter((i) => i.kind === "new")).toHaveLength(2);
  });

  it("is 404 for draft or unknown decks", async () => {
    const student = await createStudent();
    const deck = await createDeck(1);
    for (const deckId of [`set-${deck.draft.id}`, "set-nope", "course-nope", "bogus", "set-"]) {
      await expect(getStudyQueue({ userId: student.id, deckId }, t0)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("does not show another student's cards", async () => {
    const a = await createStudent();
    const b = await createStudent();
    const deck = await createDeck(1);
    await submitReview(a.id, { reviewId: reviewId(), questionId: deck.questions[0]!.id, rating: 1 }, t0);
    const queueB = await getStudyQueue({ userId: b.id, deckId: deck.setDeckId }, later(120_000));
    expect(queueB.items).toEqual([expect.objectContaining({ kind: "new", cardId: null })]);
  });
});
