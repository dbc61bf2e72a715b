import { lastPossibleDeadline } from "./check-attempt-timing";

/**
 * Whether a student may see, for a submitted attempt, each question's correctness, the right answer and its source
 * sentence. Before that they see only their score: per-question correctness would give away true/false answers.
 * - never: not from this page (the instructor still sees everything);
 * - after_submit: once this attempt is submitted;
 * - after_due: once this attempt is submitted and no attempt of anybody can still be open (due date + time limit).
 * An attempt in progress never shows answers.
 */
export type AnswerVisibility = "never" | "after_submit" | "after_due";

export function canSeeAnswers(
  assignment: { showAnswers: AnswerVisibility; dueAt: Date; timeLimitSeconds: number | null },
  attempt: { submittedAt: Date | null },
  now: Date,
): boolean {
  if (attempt.submittedAt === null) return false;
  switch (assignment.showAnswers) {
    case "never":
      return false;
    case "after_submit":
      return true;
    case "after_due":
      return now.getTime() >= lastPossibleDeadline(assignment).getTime();
  }
}

/** When the answers become visible (null: never, or at submission). */
export function answersReleasedAt(assignment: {
  showAnswers: AnswerVisibility;
  dueAt: Date;
  timeLimitSeconds: number | null;
}): Date | null {
  return assignment.showAnswers === "after_due" ? lastPossibleDeadline(assignment) : null;
}
