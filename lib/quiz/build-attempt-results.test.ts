import { describe, expect, it } from "vitest";
import { buildAttemptResults } from "./build-attempt-results";

const questions = new Map([
  ["q1", { id: "q1", type: "true_false", prompt: "Sky is green.", options: ["True", "False"], answer: "False", explanation: "It is blue.", sourceSentence: "The sky is blue." }],
  ["q2", { id: "q2", type: "typed", prompt: "2+2?", options: [], answer: "4", explanation: "", sourceSentence: "Two and two make 4." }],
]);
const input = {
  attempt: { score: 1, maxScore: 2 },
  layout: { version: 1 as const, questions: [{ questionId: "q1", optionOrder: [0, 1] }, { questionId: "q2", optionOrder: [] }] },
  questions,
  answers: new Map([
    ["q1", { response: "True", correct: false }],
    ["q2", { response: "4", correct: true }],
  ]),
};

describe("buildAttemptResults", () => {
  it("hidden: score and own responses only — no correctness, answers or sources", () => {
    const r = buildAttemptResults({ ...input, reveal: false });
    expect(r).toEqual({
      revealed: false,
      score: 1,
      maxScore: 2,
      questions: [
        { questionId: "q1", number: 1, type: "true_false", prompt: "Sky is green.", options: ["True", "False"], response: "True" },
        { questionId: "q2", number: 2, type: "typed", prompt: "2+2?", options: [], response: "4" },
      ],
    });
    expect(JSON.stringify(r)).not.toMatch(/correct|It is blue|Two and two/);
  });

  it("revealed: correctness, right answer, explanation and source sentence", () => {
    const r = buildAttemptResults({ ...input, reveal: true });
    expect(r.revealed).toBe(true);
    expect(r.questions[0]).toEqual({
      questionId: "q1",
      number: 1,
      type: "true_false",
      prompt: "Sky is green.",
      options: ["True", "False"],
      response: "True",
      correct: false,
      answer: "False",
      explanation: "It is blue.",
      sourceSentence: "The sky is blue.",
    });
    expect(r.questions[1]).toMatchObject({ correct: true, answer: "4", sourceSentence: "Two and two make 4." });
  });
});
