import { describe, expect, it } from "vitest";
import { exportAssignmentResultsCsv } from "./export-assignment-results-csv";

const t = (iso: string) => new Date(`2026-11-23T${iso}Z`);

describe("exportAssignmentResultsCsv", () => {
  it("writes one row per attempt with per-question responses", () => {
    const csv = exportAssignmentResultsCsv(
      [{ id: "a" }, { id: "b" }],
      [
        {
          student: { name: "Ann", email: "ann@example.com" },
          number: 1,
          startedAt: t("10:00:00.000"),
          submittedAt: t("10:01:00.000"),
          autoSubmitted: true,
          late: false,
          counted: true,
          score: 1,
          maxScore: 2,
          answers: [
            { questionId: "a", response: "Paris", correct: true },
            { questionId: "b", response: null, correct: false },
          ],
        },
        {
          student: { name: "Ben", email: "ben@example.com" },
          number: 1,
          startedAt: t("10:02:00.000"),
          submittedAt: null,
          autoSubmitted: false,
          late: false,
          counted: false,
          score: null,
          maxScore: 1,
          answers: [{ questionId: "b", response: "Lyon", correct: null }],
        },
      ],
    );
    expect(csv.split("\r\n")).toEqual([
      '\uFEFF"Student","Email","Attempt","Started at","Submitted at","Submitted automatically","Late","Counts for grade","Score","Out of","Percent","Q1 response","Q1 correct","Q2 response","Q2 correct"',
      '"Ann","ann@example.com","1","2026-11-23T10:00:00.000Z","2026-11-23T10:01:00.000Z","yes","no","yes","1","2","50","Paris","yes","","no"',
      '"Ben","ben@example.com","1","2026-11-23T10:02:00.000Z","","","no","no","","1","","","","Lyon",""',
      "",
    ]);
  });
});
