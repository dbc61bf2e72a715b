/**
 * Timing rules of an attempt (the server keeps the timer; `now` is always passed in).
 *
 * Decisions (documented in docs/quizzes.md):
 * - Deadline. A timed attempt ends at `startedAt + timeLimit` — the due date does NOT cut an attempt that is already
 *   open: a student who starts before the due date gets the whole time limit, and a submission after the due date
 *   is marked late (the instructor sees it in the gradebook). An untimed attempt ends at the due date.
 * - Boundary. A save is accepted while `now < deadlineAt`; at the deadline instant time is up (no grace period).
 * - Time up. An attempt whose deadline has passed is submitted with what was saved, as of its deadline
 *   (`submittedAt = deadlineAt`, `autoSubmitted`), however late the server notices it (lazily on the next access).
 * - Late. Submitted after the due date.
 */

export type TimedAttempt = { deadlineAt: Date | null; submittedAt: Date | null };

export function computeAttemptDeadline(
  startedAt: Date,
  assignment: { timeLimitSeconds: number | null; dueAt: Date },
): Date {
  if (assignment.timeLimitSeconds === null) return new Date(assignment.dueAt.getTime());
  return new Date(startedAt.getTime() + assignment.timeLimitSeconds * 1000);
}

/** Not submitted and its deadline has come: it must be submitted with what was saved. */
export function isTimeUp(attempt: TimedAttempt, now: Date): boolean {
  return attempt.submittedAt === null && attempt.deadlineAt !== null && now.getTime() >= attempt.deadlineAt.getTime();
}

/** Not submitted and still before its deadline. */
export function isInProgress(attempt: TimedAttempt, now: Date): boolean {
  return attempt.submittedAt === null && !isTimeUp(attempt, now);
}

export type SaveDecision =
  | { ok: true }
  | { ok: false; reason: "submitted" | "time_up"; message: string };

export function decideAnswerSave(attempt: TimedAttempt, now: Date): SaveDecision {
  if (attempt.submittedAt !== null) {
    return { ok: false, reason: "submitted", message: "This attempt has been submitted; answers can no longer be changed." };
  }
  if (isTimeUp(attempt, now)) {
    return {
      ok: false,
      reason: "time_up",
      message: "Time is up: this answer was not saved. The attempt was submitted with the answers saved before the deadline.",
    };
  }
  return { ok: true };
}

/**
 * When and how an attempt counts as submitted if it is submitted (by the student or the server) at `now`:
 * after its deadline the submission is the automatic one, dated at the deadline.
 */
export function resolveSubmission(attempt: TimedAttempt, now: Date): { submittedAt: Date; autoSubmitted: boolean } {
  if (attempt.deadlineAt !== null && now.getTime() >= attempt.deadlineAt.getTime()) {
    return { submittedAt: new Date(attempt.deadlineAt.getTime()), autoSubmitted: true };
  }
  return { submittedAt: new Date(now.getTime()), autoSubmitted: false };
}

export function isLateSubmission(submittedAt: Date | null, dueAt: Date): boolean {
  return submittedAt !== null && submittedAt.getTime() > dueAt.getTime();
}

/**
 * The latest instant any attempt of the assignment can still be open: the due date plus the time limit (an attempt
 * started just before the due date keeps its full time). "Answers after the due date" are released then, so that no
 * student can be shown the answers while a classmate is still answering.
 */
export function lastPossibleDeadline(assignment: { dueAt: Date; timeLimitSeconds: number | null }): Date {
  return new Date(assignment.dueAt.getTime() + (assignment.timeLimitSeconds ?? 0) * 1000);
}

/** Whole seconds left before the deadline (0 when time is up; null when there is no deadline). */
export function secondsLeft(attempt: TimedAttempt, now: Date): number | null {
  if (attempt.deadlineAt === null) return null;
  return Math.max(0, Math.floor((attempt.deadlineAt.getTime() - now.getTime()) / 1000));
}
