import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { checkAnswer } from "./check-answer";
import { createDeck, createStudent } from "./study-fixtures.int-helpers";

afterAll(async () => {
  await db.$disconnect();
});

async function deckWithTypes() {
  return createDeck(0, [
    { type: "multiple_choice", prompt: "Which organelle makes ATP?", answer: "Mitochondrion", options: ["Ribosome", "Mitochondrion", "Nucleus"] },
    { type: "true_false", prompt: "The sun is a star.", answer: "True", options: ["True", "False"] },
    { type: "typed", prompt: "Capital of Australia?", answer: "Canberra" },
    { type: "cloze", prompt: "The capital of Australia is ____.", answer: "Canberra" },
    { type: "flashcard", prompt: "Front", answer: "Back" },
  ]);
}

describe("checkAnswer", () => {
  it("checks choices by option and proposes a rating", async () => {
    const student = await createStudent();
    const deck = await deckWithTypes();
    const [mc, tf] = deck.questions;
    expect(await checkAnswer(student.id, { questionId: mc!.id, answer: "Mitochondrion", durationMs: 9000 })).toMatchObject({
      correct: true,
      exact: true,
      proposedRating: 3,
      expected: "Mitochondrion",
      sourceSentence: "Source sentence 0.",
    });
    expect(await checkAnswer(student.id, { questionId: mc!.id, answer: "Ribosome", durationMs: 2000 })).toMatchObject({ correct: false, proposedRating: 1 });
    expect(await checkAnswer(student.id, { questionId: mc!.id, answer: "Mitochondrion", durationMs: 1500 })).toMatchObject({ proposedRating: 4 });
    expect(await checkAnswer(student.id, { questionId: tf!.id, answer: "True", durationMs: 500 })).toMatchObject({ correct: true, proposedRating: 3 });
    await expect(checkAnswer(student.id, { questionId: mc!.id, answer: "Golgi" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("matches typed and cloze answers leniently: a typo is accepted but proposes Hard", async () => {
    const student = await createStudent();
    const deck = await deckWithTypes();
    const typed = deck.questions[2]!;
    const cloze = deck.questions[3]!;
    expect(await checkAnswer(student.id, { questionId: typed.id, answer: "canberra", durationMs: 10_000 })).toMatchObject({ correct: true, exact: true, proposedRating: 3 });
    expect(await checkAnswer(student.id, { questionId: typed.id, answer: "Canbera", durationMs: 10_000 })).toMatchObject({ correct: true, exact: false, proposedRating: 2 });
    expect(await checkAnswer(student.id, { questionId: cloze.id, answer: "Sydney", durationMs: 10_000 })).toMatchObject({ correct: false, proposedRating: 1, expected: "Canberra" });
  });

  it("refuses flashcards (rated, not checked) and invisible questions (404)", async () => {
    const student = await createStudent();
    const deck = await deckWithTypes();
    await expect(checkAnswer(student.id, { questionId: deck.questions[4]!.id, answer: "Back" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    for (const questionId of [deck.draftQuestion.id, deck.pendingQuestion.id, "nope"]) {
      await expect(checkAnswer(student.id, { questionId, answer: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
