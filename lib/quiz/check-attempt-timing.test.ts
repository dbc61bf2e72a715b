import { describe, expect, it } from "vitest";
import {
  computeAttemptDeadline,
  decideAnswerSave,
  isInProgress,
  isLateSubmission,
  isTimeUp,
  lastPossibleDeadline,
  resolveSubmission,
  secondsLeft,
} from "./check-attempt-timing";

const t = (iso: string) => new Date(`2026-11-23T${iso}Z`);
const dueAt = t("12:00:00.000");

describe("computeAttemptDeadline", () => {
  it("timed: start + limit, even past the due date (the due date does not cut an open attempt)", () => {
    expect(computeAttemptDeadline(t("10:00:00.000"), { timeLimitSeconds: 600, dueAt })).toEqual(t("10:10:00.000"));
    expect(computeAttemptDeadline(t("11:55:00.000"), { timeLimitSeconds: 600, dueAt })).toEqual(t("12:05:00.000"));
  });
  it("untimed: the due date", () => {
    expect(computeAttemptDeadline(t("10:00:00.000"), { timeLimitSeconds: null, dueAt })).toEqual(dueAt);
  });
});

describe("saving and time up", () => {
  const attempt = { deadlineAt: t("10:10:00.000"), submittedAt: null };

  it("accepts a save strictly before the deadline and refuses it at the deadline instant", () => {
    expect(decideAnswerSave(attempt, t("10:09:59.999"))).toEqual({ ok: true });
    expect(decideAnswerSave(attempt, t("10:10:00.000"))).toMatchObject({ ok: false, reason: "time_up" });
    expect(decideAnswerSave(attempt, t("11:00:00.000"))).toMatchObject({ ok: false, reason: "time_up" });
    expect(isTimeUp(attempt, t("10:09:59.999"))).toBe(false);
    expect(isTimeUp(attempt, t("10:10:00.000"))).toBe(true);
    expect(isInProgress(attempt, t("10:09:59.999"))).toBe(true);
    expect(isInProgress(attempt, t("10:10:00.000"))).toBe(false);
  });

  it("refuses a save to a submitted attempt with its own message", () => {
    const submitted = { ...attempt, submittedAt: t("10:05:00.000") };
    const decision = decideAnswerSave(submitted, t("10:06:00.000"));
    expect(decision).toEqual({
      ok: false,
      reason: "submitted",
      message: "This attempt has been submitted; answers can no longer be changed.",
    });
    expect(isTimeUp(submitted, t("11:00:00.000"))).toBe(false);
  });

  it("an attempt without a deadline never times out", () => {
    expect(isTimeUp({ deadlineAt: null, submittedAt: null }, t("23:59:59.000"))).toBe(false);
    expect(secondsLeft({ deadlineAt: null, submittedAt: null }, t("10:00:00.000"))).toBeNull();
  });
});

describe("resolveSubmission", () => {
  const attempt = { deadlineAt: t("10:10:00.000"), submittedAt: null };
  it("before the deadline: submitted by the student now", () => {
    expect(resolveSubmission(attempt, t("10:04:30.000"))).toEqual({ submittedAt: t("10:04:30.000"), autoSubmitted: false });
  });
  it("at or after the deadline: submitted automatically, dated at the deadline however late it is noticed", () => {
    expect(resolveSubmission(attempt, t("10:10:00.000"))).toEqual({ submittedAt: t("10:10:00.000"), autoSubmitted: true });
    expect(resolveSubmission(attempt, t("18:00:00.000"))).toEqual({ submittedAt: t("10:10:00.000"), autoSubmitted: true });
  });
});

describe("late and release", () => {
  it("late means submitted after the due date", () => {
    expect(isLateSubmission(t("11:59:59.999"), dueAt)).toBe(false);
    expect(isLateSubmission(t("12:00:00.000"), dueAt)).toBe(false);
    expect(isLateSubmission(t("12:00:00.001"), dueAt)).toBe(true);
    expect(isLateSubmission(null, dueAt)).toBe(false);
  });
  it("the last possible deadline is the due date plus the time limit", () => {
    expect(lastPossibleDeadline({ dueAt, timeLimitSeconds: 1200 })).toEqual(t("12:20:00.000"));
    expect(lastPossibleDeadline({ dueAt, timeLimitSeconds: null })).toEqual(dueAt);
  });
  it("counts whole seconds left", () => {
    const attempt = { deadlineAt: t("10:10:00.000"), submittedAt: null };
    expect(secondsLeft(attempt, t("10:09:58.500"))).toBe(1);
    expect(secondsLeft(attempt, t("10:00:00.000"))).toBe(600);
    expect(secondsLeft(attempt, t("10:20:00.000"))).toBe(0);
  });
});
