import { describe, expect, it } from "vitest";
import { assignmentRulesSchema } from "./parse-assignment-rules";

const valid = {
  title: "  Week 1 quiz ",
  questionCount: "5",
  questionTypes: ["typed", "multiple_choice", "typed"],
  selection: "random",
  shuffleOptions: true,
  opensAt: "2026-11-23T09:00:00.000Z",
  dueAt: "2026-11-24T09:00:00+01:00",
  timeLimitSeconds: 600,
  maxAttempts: 2,
  grading: "best",
  showAnswers: "after_due",
};

describe("assignmentRulesSchema", () => {
  it("parses and normalises", () => {
    expect(assignmentRulesSchema.parse(valid)).toEqual({
      ...valid,
      title: "Week 1 quiz",
      questionCount: 5,
      questionTypes: ["multiple_choice", "typed"],
      opensAt: new Date("2026-11-23T09:00:00.000Z"),
      dueAt: new Date("2026-11-24T08:00:00.000Z"),
    });
    expect(assignmentRulesSchema.parse({ ...valid, timeLimitSeconds: null }).timeLimitSeconds).toBeNull();
  });

  it("refuses what cannot work", () => {
    const bad = (over: object) => assignmentRulesSchema.safeParse({ ...valid, ...over }).success;
    expect(bad({ dueAt: "2026-11-23T09:00:00.000Z" })).toBe(false);
    expect(bad({ questionTypes: [] })).toBe(false);
    expect(bad({ questionTypes: ["flashcard"] })).toBe(false);
    expect(bad({ questionCount: 0 })).toBe(false);
    expect(bad({ timeLimitSeconds: 5 })).toBe(false);
    expect(bad({ maxAttempts: 0 })).toBe(false);
    expect(bad({ opensAt: "2026-11-23T09:00:00" })).toBe(false); // no offset: ambiguous
    expect(bad({ title: "   " })).toBe(false);
  });
});
