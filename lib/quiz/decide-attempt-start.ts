import { isInProgress, isTimeUp } from "./check-attempt-timing";

/**
 * Whether a student may start an attempt now, or should resume the one they have open.
 *
 * Order of the checks: enrolment (removed students are refused everything), an attempt in progress is resumed
 * (even after the due date — its own deadline governs it), then the opening date, the due date (no late starts) and
 * the number of attempts (every started attempt counts, including ones submitted automatically).
 * Attempts whose time is up but that are not yet marked submitted count as used; the caller submits them.
 */
export type StartAttemptInput = {
  now: Date;
  assignment: { opensAt: Date; dueAt: Date; maxAttempts: number };
  /** The student's enrolment in the assignment's class; null when they never joined. */
  enrollment: { removedAt: Date | null } | null;
  attempts: readonly { id: string; number: number; deadlineAt: Date | null; submittedAt: Date | null }[];
};

export type StartRefusal = "not_enrolled" | "removed" | "not_open" | "closed" | "no_attempts_left";

export type StartDecision =
  | { kind: "resume"; attemptId: string }
  | { kind: "start"; number: number }
  | { kind: "refused"; reason: StartRefusal; message: string };

export function decideAttemptStart(input: StartAttemptInput): StartDecision {
  const { now, assignment, enrollment, attempts } = input;
  if (enrollment === null) {
    return { kind: "refused", reason: "not_enrolled", message: "You are not in this class." };
  }
  if (enrollment.removedAt !== null) {
    return { kind: "refused", reason: "removed", message: "You were removed from this class, so you can no longer take its quizzes." };
  }
  const open = attempts.find((a) => isInProgress(a, now));
  if (open) return { kind: "resume", attemptId: open.id };

  if (now.getTime() < assignment.opensAt.getTime()) {
    return { kind: "refused", reason: "not_open", message: `This quiz is not open yet. It opens at ${assignment.opensAt.toISOString()}.` };
  }
  if (now.getTime() >= assignment.dueAt.getTime()) {
    return { kind: "refused", reason: "closed", message: `This quiz is closed. It was due at ${assignment.dueAt.toISOString()}.` };
  }
  if (attempts.length >= assignment.maxAttempts) {
    const n = assignment.maxAttempts;
    return {
      kind: "refused",
      reason: "no_attempts_left",
      message: `You have used all ${n} attempt${n === 1 ? "" : "s"} allowed for this quiz.`,
    };
  }
  const number = attempts.reduce((max, a) => Math.max(max, a.number), 0) + 1;
  return { kind: "start", number };
}

/** Attempts of this list whose time is up and that the server must submit now. */
export function expiredAttempts<A extends { deadlineAt: Date | null; submittedAt: Date | null }>(attempts: readonly A[], now: Date): A[] {
  return attempts.filter((a) => isTimeUp(a, now));
}
