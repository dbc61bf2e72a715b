import { describe, expect, it } from "vitest";
import { decideAttemptStart, expiredAttempts, type StartAttemptInput } from "./decide-attempt-start";

const t = (iso: string) => new Date(`2026-11-23T${iso}Z`);
const assignment = { opensAt: t("09:00:00.000"), dueAt: t("12:00:00.000"), maxAttempts: 2 };
const enrolled = { removedAt: null };
const input = (over: Partial<StartAttemptInput>): StartAttemptInput => ({
  now: t("10:00:00.000"),
  assignment,
  enrollment: enrolled,
  attempts: [],
  ...over,
});

describe("decideAttemptStart", () => {
  it("starts attempt 1 within the window", () => {
    expect(decideAttemptStart(input({}))).toEqual({ kind: "start", number: 1 });
  });

  it("refuses before the opening date and from the due date on", () => {
    expect(decideAttemptStart(input({ now: t("08:59:59.999") }))).toEqual({
      kind: "refused",
      reason: "not_open",
      message: "This quiz is not open yet. It opens at 2026-11-23T09:00:00.000Z.",
    });
    expect(decideAttemptStart(input({ now: t("09:00:00.000") }))).toEqual({ kind: "start", number: 1 });
    expect(decideAttemptStart(input({ now: t("11:59:59.999") }))).toEqual({ kind: "start", number: 1 });
    expect(decideAttemptStart(input({ now: t("12:00:00.000") }))).toEqual({
      kind: "refused",
      reason: "closed",
      message: "This quiz is closed. It was due at 2026-11-23T12:00:00.000Z.",
    });
  });

  it("resumes the attempt in progress instead of starting another, even after the due date", () => {
    const open = { id: "att-1", number: 1, deadlineAt: t("12:10:00.000"), submittedAt: null };
    expect(decideAttemptStart(input({ attempts: [open] }))).toEqual({ kind: "resume", attemptId: "att-1" });
    expect(decideAttemptStart(input({ now: t("12:05:00.000"), attempts: [open] }))).toEqual({ kind: "resume", attemptId: "att-1" });
  });

  it("counts every started attempt, including expired ones not yet submitted", () => {
    const done = { id: "att-1", number: 1, deadlineAt: t("09:30:00.000"), submittedAt: t("09:20:00.000") };
    const expired = { id: "att-2", number: 2, deadlineAt: t("09:50:00.000"), submittedAt: null };
    expect(decideAttemptStart(input({ attempts: [done] }))).toEqual({ kind: "start", number: 2 });
    expect(decideAttemptStart(input({ attempts: [done, expired] }))).toEqual({
      kind: "refused",
      reason: "no_attempts_left",
      message: "You have used all 2 attempts allowed for this quiz.",
    });
    expect(
      decideAttemptStart(input({ assignment: { ...assignment, maxAttempts: 1 }, attempts: [done] })),
    ).toMatchObject({ kind: "refused", message: "You have used all 1 attempt allowed for this quiz." });
    expect(expiredAttempts([done, expired], t("10:00:00.000"))).toEqual([expired]);
  });

  it("refuses students who are not or no longer in the class, before anything else", () => {
    expect(decideAttemptStart(input({ enrollment: null }))).toMatchObject({ kind: "refused", reason: "not_enrolled" });
    const open = { id: "att-1", number: 1, deadlineAt: t("10:30:00.000"), submittedAt: null };
    expect(decideAttemptStart(input({ enrollment: { removedAt: t("09:30:00.000") }, attempts: [open] }))).toEqual({
      kind: "refused",
      reason: "removed",
      message: "You were removed from this class, so you can no longer take its quizzes.",
    });
  });
});
