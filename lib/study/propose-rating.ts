import type { StudyRating } from "./apply-rating";

/**
 * The rating an auto-graded answer proposes (learners over-rate themselves, so the app suggests and the student
 * confirms). Deliberately simple:
 * - wrong → Again (1);
 * - right but accepted only approximately (a typo the matcher forgave: `exact` false) or slow (> slowMs) → Hard (2);
 * - right and fast (< fastMs) → Easy (4), except true/false, where a fast answer may just be a lucky guess → Good;
 * - otherwise → Good (3).
 * Times are the answering time measured by the client from showing the question to submitting (unknown → Good).
 * Thresholds: typed answers and cloze need typing time, so they get more room than choices.
 */
export type AutoGradedType = "multiple_choice" | "true_false" | "cloze" | "typed";

export const ratingThresholds: Record<AutoGradedType, { fastMs: number; slowMs: number }> = {
  multiple_choice: { fastMs: 4_000, slowMs: 20_000 },
  true_false: { fastMs: 3_000, slowMs: 15_000 },
  cloze: { fastMs: 6_000, slowMs: 30_000 },
  typed: { fastMs: 8_000, slowMs: 40_000 },
};

export type ProposeRatingInput = {
  type: AutoGradedType;
  correct: boolean;
  /** True when the answer matched exactly (after normalisation); false when a typo was tolerated. */
  exact: boolean;
  durationMs: number | null;
};

export function proposeRating(input: ProposeRatingInput): StudyRating {
  if (!input.correct) return 1;
  const { fastMs, slowMs } = ratingThresholds[input.type];
  const duration = input.durationMs;
  if (!input.exact) return 2;
  if (duration !== null && duration > slowMs) return 2;
  if (duration !== null && duration < fastMs && input.type !== "true_false") return 4;
  return 3;
}
