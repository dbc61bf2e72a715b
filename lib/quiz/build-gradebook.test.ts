import { describe, expect, it } from "vitest";
import { buildGradebook, type GradebookAssignment, type GradebookAttempt } from "./build-gradebook";

const t = (iso: string) => new Date(`2026-11-23T${iso}Z`);
const students = [
  { userId: "ann", name: "Ann", email: "ann@example.com" },
  { userId: "ben", name: "Ben", email: "ben@example.com" },
  { userId: "cat", name: null, email: "cat@example.com" },
];
const assignments: GradebookAssignment[] = [
  { id: "quiz1", title: "Quiz 1", dueAt: t("12:00:00.000"), timeLimitSeconds: 600, grading: "best" },
  { id: "quiz2", title: "Quiz 2", dueAt: t("18:00:00.000"), timeLimitSeconds: null, grading: "last" },
];
const attempt = (over: Partial<GradebookAttempt> & Pick<GradebookAttempt, "assignmentId" | "userId" | "number">): GradebookAttempt => ({
  score: null,
  maxScore: 4,
  deadlineAt: t("10:10:00.000"),
  submittedAt: null,
  ...over,
});
const attempts: GradebookAttempt[] = [
  attempt({ assignmentId: "quiz1", userId: "ann", number: 1, score: 2, submittedAt: t("10:05:00.000") }),
  attempt({ assignmentId: "quiz1", userId: "ann", number: 2, score: 4, submittedAt: t("10:25:00.000") }),
  attempt({ assignmentId: "quiz1", userId: "ben", number: 1, score: 3, deadlineAt: t("12:05:00.000"), submittedAt: t("12:05:00.000") }),
  attempt({ assignmentId: "quiz2", userId: "ann", number: 1, score: 4, submittedAt: t("13:00:00.000"), deadlineAt: t("18:00:00.000") }),
  attempt({ assignmentId: "quiz2", userId: "ann", number: 2, score: 1, submittedAt: t("14:00:00.000"), deadlineAt: t("18:00:00.000") }),
  attempt({ assignmentId: "quiz2", userId: "ben", number: 1, deadlineAt: t("18:00:00.000") }),
];

describe("buildGradebook", () => {
  const now = t("15:30:00.000");
  const book = buildGradebook(students, assignments, attempts, now);

  it("fills every cell", () => {
    const [ann, ben, cat] = book.rows;
    expect(ann!.cells).toEqual([
      { assignmentId: "quiz1", status: "submitted", attempts: 2, score: 4, maxScore: 4, percent: 100, late: false, missing: false, gradedAttemptNumber: 2, submittedAt: t("10:25:00.000") },
      { assignmentId: "quiz2", status: "submitted", attempts: 2, score: 1, maxScore: 4, percent: 25, late: false, missing: false, gradedAttemptNumber: 2, submittedAt: t("14:00:00.000") },
    ]);
    expect(ann!.averagePercent).toBe(62.5);
    expect(ben!.cells).toEqual([
      { assignmentId: "quiz1", status: "submitted", attempts: 1, score: 3, maxScore: 4, percent: 75, late: true, missing: false, gradedAttemptNumber: 1, submittedAt: t("12:05:00.000") },
      { assignmentId: "quiz2", status: "in_progress", attempts: 1, score: null, maxScore: null, percent: null, late: false, missing: false, gradedAttemptNumber: null, submittedAt: null },
    ]);
    expect(ben!.averagePercent).toBe(75);
    expect(cat!.cells.map((c) => [c.status, c.missing])).toEqual([
      ["not_started", true],
      ["not_started", false],
    ]);
    expect(cat!.averagePercent).toBeNull();
  });

  it("summarises each assignment", () => {
    expect(book.columns.map((c) => [c.assignment.id, c.submitted, c.notStarted, c.late, c.averagePercent])).toEqual([
      ["quiz1", 2, 1, 1, 87.5],
      ["quiz2", 1, 1, 0, 25],
    ]);
  });

  it("an expired attempt the server has not submitted yet reads in_progress, and missing once the quiz closed", () => {
    const late = buildGradebook(students, assignments, attempts, t("19:00:00.000"));
    expect(late.rows[1]!.cells[1]).toMatchObject({ status: "in_progress", missing: true });
  });
});
