import {
  computeParameters,
  FSRSBinding,
  FSRSBindingItem,
  FSRSBindingReview,
} from "@open-spaced-repetition/binding";
import { default_w } from "ts-fsrs";
import { parseStoredParameters } from "./build-scheduler";
import {
  toReviewSequences,
  toTrainingPrefixes,
  type OptimizerReviewInput,
  type SequenceReview,
} from "./to-review-sequences";

/**
 * Per-student FSRS parameter fitting with the FSRS optimizer (fsrs-rs through @open-spaced-repetition/binding;
 * server-only: it loads a native module, and trains on a native thread so the event loop stays free).
 *
 * Below MIN_TRAINING_ITEMS long-term reviews the fit is not attempted and the defaults are kept: with little
 * history the fitted weights mostly echo noise (fsrs-rs itself falls back to defaults for very short histories;
 * this threshold is stricter so a student's schedule does not swing after a few days of use).
 */
export const MIN_TRAINING_ITEMS = 400;

export type FitResult = {
  parameters: number[];
  /** false when the defaults were kept (too little history, or the optimizer returned unusable weights). */
  fitted: boolean;
  reason: "fitted" | "not_enough_history" | "invalid_result";
  reviewCount: number;
  trainingItems: number;
};

export type FitOptions = {
  utcOffsetMinutes: number;
  minTrainingItems?: number;
  /** Called with 0..1 while training. */
  onProgress?: (fraction: number) => void;
};

export function toBindingItems(sequences: readonly (readonly SequenceReview[])[]): FSRSBindingItem[] {
  const items: FSRSBindingItem[] = [];
  for (const sequence of sequences) {
    for (const prefix of toTrainingPrefixes(sequence)) {
      items.push(new FSRSBindingItem(prefix.map((r) => new FSRSBindingReview(r.rating, r.deltaDays))));
    }
  }
  return items;
}

export async function fitParameters(
  reviews: readonly OptimizerReviewInput[],
  options: FitOptions,
): Promise<FitResult> {
  const sequences = toReviewSequences(reviews, options.utcOffsetMinutes);
  const reviewCount = sequences.reduce((n, s) => n + s.length, 0);
  const items = toBindingItems(sequences);
  const minItems = options.minTrainingItems ?? MIN_TRAINING_ITEMS;
  if (items.length < minItems) {
    return { parameters: [...default_w], fitted: false, reason: "not_enough_history", reviewCount, trainingItems: items.length };
  }
  const raw = await computeParameters(items, {
    enableShortTerm: true,
    timeout: 200,
    progress: (current, total) => {
      if (total > 0) options.onProgress?.(Math.min(1, current / total));
    },
  });
  const parameters = parseStoredParameters(raw);
  if (!parameters) {
    return { parameters: [...default_w], fitted: false, reason: "invalid_result", reviewCount, trainingItems: items.length };
  }
  return { parameters, fitted: true, reason: "fitted", reviewCount, trainingItems: items.length };
}

export type ParameterMetrics = { logLoss: number; rmseBins: number };

/**
 * Log loss and binned RMSE of `parameters` predicting the outcomes of `items` (fsrs-rs's own evaluation), or null
 * when fsrs-rs finds too few items to evaluate ("NotEnoughData").
 */
export function evaluateParameters(
  items: FSRSBindingItem[],
  parameters: readonly number[],
): ParameterMetrics | null {
  const model = new FSRSBinding([...parameters]);
  try {
    const { logLoss, rmseBins } = model.evaluate(items);
    return { logLoss, rmseBins };
  } catch (error) {
    if (error instanceof Error && error.message.includes("NotEnoughData")) return null;
    throw error;
  }
}
