import { describe, expect, it } from "vitest";
import { matchAnswer } from "@/lib/answers/match-answer";
import { gradeAnswer, gradeAttempt, scorePercent, type GradableQuestion } from "./grade-attempt";

const mc: GradableQuestion = { id: "mc", type: "multiple_choice", answer: "Mitochondria" };
const tf: GradableQuestion = { id: "tf", type: "true_false", answer: "False" };
const typed: GradableQuestion = { id: "ty", type: "typed", answer: "photosynthesis" };
const cloze: GradableQuestion = { id: "cl", type: "cloze", answer: "the United States" };

describe("gradeAnswer", () => {
  it("choice types compare the option text exactly", () => {
    expect(gradeAnswer(mc, "Mitochondria", matchAnswer)).toBe(true);
    expect(gradeAnswer(mc, "mitochondria", matchAnswer)).toBe(false);
    expect(gradeAnswer(mc, "Ribosome", matchAnswer)).toBe(false);
    expect(gradeAnswer(tf, "False", matchAnswer)).toBe(true);
    expect(gradeAnswer(tf, "True", matchAnswer)).toBe(false);
  });

  it("typed and cloze use lenient matching (case, articles, small typos)", () => {
    expect(gradeAnswer(typed, "Photosynthesis", matchAnswer)).toBe(true);
    expect(gradeAnswer(typed, "photosynthsis", matchAnswer)).toBe(true);
    expect(gradeAnswer(typed, "respiration", matchAnswer)).toBe(false);
    expect(gradeAnswer(cloze, "United States", matchAnswer)).toBe(true);
    expect(gradeAnswer(cloze, "U.S.", matchAnswer)).toBe(false);
  });

  it("no response is wrong", () => {
    for (const q of [mc, tf, typed, cloze]) {
      expect(gradeAnswer(q, null, matchAnswer)).toBe(false);
      expect(gradeAnswer(q, undefined, matchAnswer)).toBe(false);
      expect(gradeAnswer(q, "   ", matchAnswer)).toBe(false);
    }
  });
});

describe("gradeAttempt", () => {
  it("one point per question of the layout; deleted questions count in the maximum as wrong", () => {
    const layout = {
      version: 1 as const,
      questions: ["mc", "tf", "ty", "cl", "gone"].map((questionId) => ({ questionId, optionOrder: [] })),
    };
    const questions = new Map([mc, tf, typed, cloze].map((q) => [q.id, q]));
    const responses = new Map([
      ["mc", "Mitochondria"],
      ["tf", "True"],
      ["ty", "Photosynthesis"],
      ["gone", "anything"],
    ]);
    expect(gradeAttempt(layout, questions, responses, matchAnswer)).toEqual({
      questions: [
        { questionId: "mc", response: "Mitochondria", correct: true },
        { questionId: "tf", response: "True", correct: false },
        { questionId: "ty", response: "Photosynthesis", correct: true },
        { questionId: "cl", response: null, correct: false },
        { questionId: "gone", response: "anything", correct: false },
      ],
      score: 2,
      maxScore: 5,
    });
  });
});

describe("scorePercent", () => {
  it("rounds to two decimals", () => {
    expect(scorePercent(2, 3)).toBe(66.67);
    expect(scorePercent(1, 3)).toBe(33.33);
    expect(scorePercent(5, 5)).toBe(100);
    expect(scorePercent(0, 0)).toBe(0);
  });
});
