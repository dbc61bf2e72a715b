import { z } from "zod";
import { createEmptyCard, State, type Card as FsrsCard } from "ts-fsrs";

/**
 * A student's FSRS memory state for one question, shaped like the `Card` table's scheduling columns
 * (camelCase, `lastReview` null when never reviewed), and the mapping to and from ts-fsrs's `Card`.
 */
export type CardState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  lastReview: Date | null;
};

export const CardStateValue = {
  New: State.New,
  Learning: State.Learning,
  Review: State.Review,
  Relearning: State.Relearning,
} as const;

export const cardStateNames = ["New", "Learning", "Review", "Relearning"] as const;

/** A card nobody has studied yet, due at `now`. */
export function newCardState(now: Date): CardState {
  return fromFsrsCard(createEmptyCard(now));
}

/** Picks the scheduling columns out of a DB row (extra columns such as id or userId are ignored). */
export function cardStateFromRow(row: CardState): CardState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview,
  };
}

export function toFsrsCard(card: CardState): FsrsCard {
  const result: FsrsCard = {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: toState(card.state),
  };
  if (card.lastReview) result.last_review = new Date(card.lastReview.getTime());
  return result;
}

export function fromFsrsCard(card: FsrsCard): CardState {
  return {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? new Date(card.last_review.getTime()) : null,
  };
}

function toState(value: number): State {
  if (value === State.New || value === State.Learning || value === State.Review || value === State.Relearning) {
    return value;
  }
  throw new Error(`Unknown FSRS card state ${value}`);
}

// ------------------------------------------------------------------ snapshots (ReviewLog.cardBefore)

/** JSON form of a CardState: dates as ISO strings, so `parseCardSnapshot(toCardSnapshot(x))` equals `x`. */
export const cardSnapshotSchema = z.object({
  due: z.iso.datetime(),
  stability: z.number().finite(),
  difficulty: z.number().finite(),
  elapsedDays: z.number().int(),
  scheduledDays: z.number().int(),
  learningSteps: z.number().int(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.number().int().min(0).max(3),
  lastReview: z.iso.datetime().nullable(),
});

export type CardSnapshot = z.infer<typeof cardSnapshotSchema>;

export function toCardSnapshot(card: CardState): CardSnapshot {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.lastReview ? card.lastReview.toISOString() : null,
  };
}

/** Undo: the card exactly as it was before a review. Throws on a malformed snapshot (never guesses). */
export function parseCardSnapshot(json: unknown): CardState {
  const s = cardSnapshotSchema.parse(json);
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsedDays: s.elapsedDays,
    scheduledDays: s.scheduledDays,
    learningSteps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    lastReview: s.lastReview === null ? null : new Date(s.lastReview),
  };
}
