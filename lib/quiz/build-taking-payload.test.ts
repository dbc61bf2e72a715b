import { describe, expect, expectTypeOf, it } from "vitest";
import { buildTakingPayload, type TakingPayload, type TakingQuestion } from "./build-taking-payload";

const t = (iso: string) => new Date(`2026-11-23T${iso}Z`);

// Rows as the database returns them, answers included: the payload must not carry them.
const rows = [
  { id: "q1", type: "multiple_choice", prompt: "Capital of France?", options: ["Paris", "Lyon", "Nice", "Lille"], answer: "Paris", explanation: "SECRET-EXPLANATION", sourceSentence: "SECRET-SOURCE" },
  { id: "q2", type: "typed", prompt: "Largest planet?", options: [], answer: "SECRET-JUPITER", explanation: "", sourceSentence: "" },
];

describe("buildTakingPayload", () => {
  const payload = buildTakingPayload({
    attempt: { id: "att", number: 2, deadlineAt: t("10:10:00.000"), submittedAt: null },
    layout: {
      version: 1,
      questions: [
        { questionId: "q2", optionOrder: [] },
        { questionId: "gone", optionOrder: [] },
        { questionId: "q1", optionOrder: [3, 1, 0, 2] },
      ],
    },
    assignmentTitle: "Quiz",
    questions: new Map(rows.map((r) => [r.id, r])),
    saved: new Map([["q1", "Paris"]]),
    now: t("10:04:00.000"),
  });

  it("shows the questions in layout order with shuffled options and the saved responses", () => {
    expect(payload).toEqual({
      attemptId: "att",
      attemptNumber: 2,
      assignmentTitle: "Quiz",
      deadlineAt: "2026-11-23T10:10:00.000Z",
      serverNow: "2026-11-23T10:04:00.000Z",
      secondsLeft: 360,
      questions: [
        { questionId: "q2", number: 1, type: "typed", prompt: "Largest planet?", options: [], saved: null },
        { questionId: "q1", number: 2, type: "multiple_choice", prompt: "Capital of France?", options: ["Lille", "Lyon", "Paris", "Nice"], saved: "Paris" },
      ],
    });
  });

  it("never carries an answer, explanation or source", () => {
    const json = JSON.stringify(payload);
    expect(json).not.toContain("SECRET");
    for (const q of payload.questions) expect(Object.keys(q).sort()).toEqual(["number", "options", "prompt", "questionId", "saved", "type"]);
    expectTypeOf<TakingQuestion>().not.toHaveProperty("answer");
    expectTypeOf<TakingQuestion>().not.toHaveProperty("explanation");
    expectTypeOf<TakingQuestion>().not.toHaveProperty("sourceSentence");
    expectTypeOf<TakingPayload>().not.toHaveProperty("answers");
  });
});
