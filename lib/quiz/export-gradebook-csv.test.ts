import { describe, expect, it } from "vitest";
import { buildGradebook } from "./build-gradebook";
import { exportGradebookCsv } from "./export-gradebook-csv";

const t = (iso: string) => new Date(`2026-11-23T${iso}Z`);

describe("exportGradebookCsv", () => {
  it("writes one row per student with each assignment's score, status and submission time", () => {
    const book = buildGradebook(
      [
        { userId: "ann", name: "Ann", email: "ann@example.com" },
        { userId: "ben", name: null, email: "ben@example.com" },
      ],
      [{ id: "q1", title: "Quiz 1", dueAt: t("12:00:00.000"), timeLimitSeconds: 60, grading: "best" }],
      [
        {
          assignmentId: "q1",
          userId: "ann",
          number: 1,
          score: 2,
          maxScore: 3,
          deadlineAt: t("12:00:30.000"),
          submittedAt: t("12:00:30.000"),
        },
      ],
      t("13:00:00.000"),
    );
    const lines = exportGradebookCsv(book).split("\r\n");
    expect(lines).toEqual([
      '\uFEFF"Student","Email","Quiz 1: score","Quiz 1: out of","Quiz 1: percent","Quiz 1: attempts","Quiz 1: status","Quiz 1: submitted at","Average percent"',
      '"Ann","ann@example.com","2","3","66.67","1","submitted late","2026-11-23T12:00:30.000Z","66.67"',
      '"","ben@example.com","","","","0","missing","",""',
      "",
    ]);
  });
});
