import { describe, expect, it } from "vitest";
import { answersReleasedAt, canSeeAnswers } from "./decide-answer-visibility";

const t = (iso: string) => new Date(`2026-11-23T${iso}Z`);
const base = { dueAt: t("12:00:00.000"), timeLimitSeconds: 600 };
const submitted = { submittedAt: t("10:30:00.000") };
const open = { submittedAt: null };

describe("canSeeAnswers", () => {
  it("never: not even after the due date", () => {
    expect(canSeeAnswers({ ...base, showAnswers: "never" }, submitted, t("23:00:00.000"))).toBe(false);
  });
  it("after_submit: as soon as the attempt is submitted, never while it is open", () => {
    expect(canSeeAnswers({ ...base, showAnswers: "after_submit" }, submitted, t("10:30:00.000"))).toBe(true);
    expect(canSeeAnswers({ ...base, showAnswers: "after_submit" }, open, t("10:30:00.000"))).toBe(false);
  });
  it("after_due: once no attempt can be open any more (due date + time limit)", () => {
    const a = { ...base, showAnswers: "after_due" as const };
    expect(canSeeAnswers(a, submitted, t("12:00:00.000"))).toBe(false);
    expect(canSeeAnswers(a, submitted, t("12:09:59.999"))).toBe(false);
    expect(canSeeAnswers(a, submitted, t("12:10:00.000"))).toBe(true);
    expect(canSeeAnswers(a, open, t("13:00:00.000"))).toBe(false);
    expect(canSeeAnswers({ ...a, timeLimitSeconds: null }, submitted, t("12:00:00.000"))).toBe(true);
    expect(answersReleasedAt(a)).toEqual(t("12:10:00.000"));
    expect(answersReleasedAt({ ...a, showAnswers: "never" })).toBeNull();
  });
});
