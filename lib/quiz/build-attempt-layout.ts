import { z } from "zod";
import { createSeededRandom, shuffleWith } from "./create-seeded-random";
import type { QuizQuestionType } from "./quiz-question-types";

/**
 * The questions of one attempt, in the order shown, each with the order of its options (indices into the question's
 * `options` array). Stored as JSON in Attempt.layout when the attempt starts, so that what the student saw never
 * changes afterwards (even if the question set is edited).
 */
export const attemptLayoutSchema = z.object({
  version: z.literal(1),
  questions: z.array(
    z.object({
      questionId: z.string().min(1),
      optionOrder: z.array(z.number().int().nonnegative()),
    }),
  ),
});
export type AttemptLayout = z.infer<typeof attemptLayoutSchema>;
export type LayoutEntry = AttemptLayout["questions"][number];

/** Throws on malformed JSON: a layout is written only by buildAttemptLayout, so a bad one is a bug, not input. */
export function parseAttemptLayout(json: unknown): AttemptLayout {
  return attemptLayoutSchema.parse(json);
}

/** What the layout needs to know about a question of the set. */
export type LayoutPoolQuestion = { id: string; type: string; position: number; optionCount: number };

export type LayoutRules = {
  /** Assignment.seed */
  seed: string;
  /** same: every student (and every attempt) gets the same questions in set order; random: a seeded draw per
   *  student and attempt, in drawn order. */
  selection: "same" | "random";
  questionCount: number;
  questionTypes: readonly QuizQuestionType[];
  /** Multiple-choice options are shuffled per student and attempt (true/false keeps True, False). */
  shuffleOptions: boolean;
};

/** The questions an assignment can draw: allowed types only, in set order (position, then id). */
export function eligibleQuestions<Q extends LayoutPoolQuestion>(pool: readonly Q[], types: readonly string[]): Q[] {
  return pool
    .filter((q) => types.includes(q.type))
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Builds an attempt's layout. Deterministic: the same pool, rules, student and attempt number always give the same
 * layout. Draws min(questionCount, eligible questions).
 */
export function buildAttemptLayout(
  pool: readonly LayoutPoolQuestion[],
  rules: LayoutRules,
  student: { userId: string; attemptNumber: number },
): AttemptLayout {
  const eligible = eligibleQuestions(pool, rules.questionTypes);
  const count = Math.max(0, Math.min(Math.floor(rules.questionCount), eligible.length));
  const personal = `${rules.seed}|${student.userId}|${student.attemptNumber}`;

  let chosen: LayoutPoolQuestion[];
  if (rules.selection === "same") {
    const picked =
      count === eligible.length
        ? eligible
        : new Set(shuffleWith(eligible, createSeededRandom(`${rules.seed}|select`)).slice(0, count));
    chosen = eligible.filter((q) => (picked instanceof Set ? picked.has(q) : true));
  } else {
    chosen = shuffleWith(eligible, createSeededRandom(`${personal}|select`)).slice(0, count);
  }

  return {
    version: 1,
    questions: chosen.map((q) => {
      const identity = Array.from({ length: q.optionCount }, (_, i) => i);
      const shuffle = rules.shuffleOptions && q.type === "multiple_choice" && q.optionCount > 1;
      return {
        questionId: q.id,
        optionOrder: shuffle ? shuffleWith(identity, createSeededRandom(`${personal}|options|${q.id}`)) : identity,
      };
    }),
  };
}

/** The options as the student sees them; indices outside the array (an edited question) are skipped. */
export function orderedOptions(options: readonly string[], optionOrder: readonly number[]): string[] {
  const out: string[] = [];
  for (const i of optionOrder) {
    const option = options[i];
    if (option !== undefined) out.push(option);
  }
  // Options added after the attempt started are appended so the right answer can never be missing.
  if (out.length < options.length) for (const o of options) if (!out.includes(o)) out.push(o);
  return out;
}
