import { describe, expect, it } from "vitest";
import { analyzeItems, type ItemAttempt, type ItemQuestion } from "./analyze-items";

const questions: ItemQuestion[] = [
  { id: "q1", type: "multiple_choice", prompt: "Q1", answer: "A", options: ["A", "B", "C", "D"], position: 0 },
  { id: "q2", type: "true_false", prompt: "Q2", answer: "True", options: ["True", "False"], position: 1 },
  { id: "q3", type: "typed", prompt: "Q3", answer: "x", options: [], position: 2 },
  { id: "q4", type: "cloze", prompt: "Q4", answer: "y", options: [], position: 3 },
];

// Correctness per student (q1..q4) and the responses given. Totals: s01 4, s02 3, s03 3, s04..s06 2, s07 s08 s10 1, s09 0.
const matrix: Record<string, [number, number, number, number]> = {
  s01: [1, 1, 1, 1],
  s02: [1, 1, 1, 0],
  s03: [1, 1, 0, 1],
  s04: [1, 0, 1, 0],
  s05: [1, 1, 0, 0],
  s06: [0, 1, 1, 0],
  s07: [1, 0, 0, 0],
  s08: [0, 1, 0, 0],
  s09: [0, 0, 0, 0],
  s10: [0, 0, 1, 0],
};
const wrongQ1: Record<string, string | null> = { s06: "B", s08: "B", s09: null, s10: "C" };

function attemptOf(userId: string): ItemAttempt {
  const row = matrix[userId]!;
  const responses = [
    row[0] ? "A" : wrongQ1[userId]!,
    row[1] ? "True" : "False",
    row[2] ? "x" : "nope",
    row[3] ? "y" : "",
  ];
  return {
    userId,
    score: row.reduce((s, x) => s + x, 0),
    maxScore: 4,
    answers: questions.map((q, i) => ({ questionId: q.id, response: responses[i] ?? null, correct: row[i] === 1 })),
  };
}

describe("analyzeItems", () => {
  // Ranking: s01, s02, s03 | s04 s05 s06 s07 s08 s10 | s09; groups of round(0.27 × 10) = 3:
  // upper s01 s02 s03, lower s08 s10 s09 (ties at 1 point broken by user id: s07 < s08 < s10).
  const result = analyzeItems(
    questions,
    Object.keys(matrix)
      .reverse()
      .map(attemptOf),
  );

  it("sizes the groups", () => {
    expect(result.students).toBe(10);
    expect(result.groupSize).toBe(3);
  });

  it("computes facility and discrimination exactly", () => {
    const byId = new Map(result.items.map((i) => [i.questionId, i]));
    expect(byId.get("q1")).toMatchObject({ attempts: 10, correct: 6, facility: 0.6, discrimination: 1, unanswered: 1 });
    expect(byId.get("q2")).toMatchObject({ attempts: 10, correct: 6, facility: 0.6 });
    expect(byId.get("q2")!.discrimination).toBeCloseTo(2 / 3, 12);
    expect(byId.get("q3")).toMatchObject({ attempts: 10, correct: 5, facility: 0.5 });
    expect(byId.get("q3")!.discrimination).toBeCloseTo(1 / 3, 12);
    expect(byId.get("q4")).toMatchObject({ attempts: 10, correct: 2, facility: 0.2, unanswered: 8 });
    expect(byId.get("q4")!.discrimination).toBeCloseTo(2 / 3, 12);
    expect(result.items.map((i) => i.questionId)).toEqual(["q1", "q2", "q3", "q4"]);
  });

  it("counts option choices and flags distractors picked by under 5 %", () => {
    const q1 = result.items[0]!;
    expect(q1.options).toEqual([
      { text: "A", correct: true, count: 6, share: 0.6, flagged: false },
      { text: "B", correct: false, count: 2, share: 0.2, flagged: false },
      { text: "C", correct: false, count: 1, share: 0.1, flagged: false },
      { text: "D", correct: false, count: 0, share: 0, flagged: true },
    ]);
    expect(result.items[1]!.options).toEqual([
      { text: "True", correct: true, count: 6, share: 0.6, flagged: false },
      { text: "False", correct: false, count: 4, share: 0.4, flagged: false },
    ]);
    expect(result.items[2]!.options).toBeNull();
  });

  it("5 % exactly is not flagged; 1 of 21 (4.76 %) is", () => {
    const q = [{ id: "m", type: "multiple_choice", prompt: "", answer: "A", options: ["A", "B", "C"], position: 0 }];
    const make = (n: number, picks: Record<number, string>) =>
      Array.from({ length: n }, (_, i): ItemAttempt => {
        const response = picks[i] ?? "A";
        return { userId: `u${String(i).padStart(2, "0")}`, score: response === "A" ? 1 : 0, maxScore: 1, answers: [{ questionId: "m", response, correct: response === "A" }] };
      });
    const twenty = analyzeItems(q, make(20, { 0: "B", 1: "C" })).items[0]!.options!;
    expect(twenty.map((o) => [o.text, o.count, o.flagged])).toEqual([
      ["A", 18, false],
      ["B", 1, false],
      ["C", 1, false],
    ]);
    const twentyOne = analyzeItems(q, make(21, { 0: "B", 1: "C", 2: "C" })).items[0]!.options!;
    expect(twentyOne.map((o) => [o.text, o.count, o.flagged])).toEqual([
      ["A", 18, false],
      ["B", 1, true],
      ["C", 2, false],
    ]);
  });

  it("random selection: each question over the students who were given it", () => {
    const qs: ItemQuestion[] = [
      { id: "a", type: "typed", prompt: "", answer: "", options: [], position: 0 },
      { id: "b", type: "typed", prompt: "", answer: "", options: [], position: 1 },
      { id: "c", type: "typed", prompt: "", answer: "", options: [], position: 2 },
    ];
    const attempts: ItemAttempt[] = [
      { userId: "u1", score: 2, maxScore: 2, answers: [{ questionId: "a", response: "r", correct: true }, { questionId: "b", response: "r", correct: true }] },
      { userId: "u2", score: 1, maxScore: 2, answers: [{ questionId: "a", response: "r", correct: true }, { questionId: "b", response: "w", correct: false }] },
      { userId: "u3", score: 1, maxScore: 2, answers: [{ questionId: "a", response: "w", correct: false }, { questionId: "b", response: "r", correct: true }] },
      { userId: "u4", score: 0, maxScore: 2, answers: [{ questionId: "b", response: "w", correct: false }, { questionId: "a", response: "w", correct: false }] },
    ];
    // groups of round(1.08) = 1: upper u1, lower u4
    const r = analyzeItems(qs, attempts);
    expect(r.groupSize).toBe(1);
    expect(r.items.map((i) => [i.questionId, i.attempts, i.facility, i.discrimination])).toEqual([
      ["a", 4, 0.5, 1],
      ["b", 4, 0.5, 1],
      ["c", 0, null, null],
    ]);
  });

  it("one student: facility but no discrimination; nobody: nulls", () => {
    const one = analyzeItems(questions, [attemptOf("s02")]);
    expect(one.groupSize).toBe(0);
    expect(one.items.map((i) => [i.facility, i.discrimination])).toEqual([
      [1, null],
      [1, null],
      [1, null],
      [0, null],
    ]);
    const none = analyzeItems(questions, []);
    expect(none.items[0]).toMatchObject({ attempts: 0, facility: null, discrimination: null });
    expect(none.items[0]!.options!.every((o) => !o.flagged && o.share === 0)).toBe(true);
  });

  it("counts responses that match no current option as other", () => {
    const r = analyzeItems([questions[0]!], [
      { userId: "u", score: 0, maxScore: 1, answers: [{ questionId: "q1", response: "old option", correct: false }] },
    ]);
    expect(r.items[0]!.other).toBe(1);
  });
});
