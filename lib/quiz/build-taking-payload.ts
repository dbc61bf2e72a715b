import { orderedOptions, type AttemptLayout } from "./build-attempt-layout";
import { secondsLeft } from "./check-attempt-timing";
import { parseOptions } from "./quiz-question-types";

/**
 * What the browser receives while an attempt is being taken. These types have no field for the right answer, the
 * explanation or the source sentence, and `buildTakingPayload` copies fields one by one, so a question row that
 * carries its answer cannot leak it (tested in build-taking-payload.test.ts).
 */
export type TakingQuestion = {
  questionId: string;
  /** 1-based position in this attempt. */
  number: number;
  type: string;
  prompt: string;
  /** Choice types: the options in this attempt's order; [] otherwise. */
  options: string[];
  /** The response saved so far, or null. */
  saved: string | null;
};

export type TakingPayload = {
  attemptId: string;
  attemptNumber: number;
  assignmentTitle: string;
  /** ISO 8601; the server's timer. */
  deadlineAt: string | null;
  /** ISO 8601 server time when the payload was built, so the browser can correct for its own clock. */
  serverNow: string;
  secondsLeft: number | null;
  questions: TakingQuestion[];
};

/** Only what a question may show before the attempt is submitted. */
export type TakingSourceQuestion = { id: string; type: string; prompt: string; options: unknown };

export function buildTakingPayload(input: {
  attempt: { id: string; number: number; deadlineAt: Date | null; submittedAt: Date | null };
  layout: AttemptLayout;
  assignmentTitle: string;
  questions: ReadonlyMap<string, TakingSourceQuestion>;
  saved: ReadonlyMap<string, string>;
  now: Date;
}): TakingPayload {
  const { attempt, layout, questions, saved, now } = input;
  const out: TakingQuestion[] = [];
  for (const entry of layout.questions) {
    const q = questions.get(entry.questionId);
    if (!q) continue; // deleted since the attempt started: not shown (and graded wrong for everyone)
    out.push({
      questionId: q.id,
      number: out.length + 1,
      type: q.type,
      prompt: q.prompt,
      options: orderedOptions(parseOptions(q.options), entry.optionOrder),
      saved: saved.get(q.id) ?? null,
    });
  }
  return {
    attemptId: attempt.id,
    attemptNumber: attempt.number,
    assignmentTitle: input.assignmentTitle,
    deadlineAt: attempt.deadlineAt ? attempt.deadlineAt.toISOString() : null,
    serverNow: now.toISOString(),
    secondsLeft: secondsLeft(attempt, now),
    questions: out,
  };
}
