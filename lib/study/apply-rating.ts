import { z } from "zod";
import type { FSRS, Grade, ReviewLog as FsrsReviewLog } from "ts-fsrs";
import { fromFsrsCard, toCardSnapshot, toFsrsCard, type CardSnapshot, type CardState } from "./card-state";

/** 1 Again, 2 Hard, 3 Good, 4 Easy (ts-fsrs Grade). */
export const ratingSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type StudyRating = z.infer<typeof ratingSchema>;
export const ratingNames: Record<StudyRating, "Again" | "Hard" | "Good" | "Easy"> = {
  1: "Again",
  2: "Hard",
  3: "Good",
  4: "Easy",
};

/** The scheduling columns of a ReviewLog row (ids, source and duration are the caller's). */
export type ReviewLogFields = {
  rating: StudyRating;
  /** The card's state when it was reviewed (before the rating). */
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
  /** The whole card before the review: undo restores exactly this. */
  cardBefore: CardSnapshot;
};

export type AppliedRating = { card: CardState; log: ReviewLogFields };

/** Rates a card at `now`: the new card state plus the review log row to store. Pure and deterministic. */
export function applyRating(scheduler: FSRS, card: CardState, rating: StudyRating, now: Date): AppliedRating {
  const result = scheduler.next(toFsrsCard(card), now, rating as Grade);
  const next = capInterval(fromFsrsCard(result.card), scheduler.parameters.maximum_interval);
  return { card: next, log: toLogFields(result.log, rating, card) };
}

/**
 * ts-fsrs keeps Hard < Good < Easy by adding a day to each, which can push Good/Easy past `maximum_interval`
 * (max 3 → Easy 5). The student's maximum is a promise, so intervals are capped here.
 */
export function capInterval(card: CardState, maximumInterval: number): CardState {
  if (card.scheduledDays <= maximumInterval || !card.lastReview) return card;
  return {
    ...card,
    scheduledDays: maximumInterval,
    due: new Date(card.lastReview.getTime() + maximumInterval * 86_400_000),
  };
}

function toLogFields(log: FsrsReviewLog, rating: StudyRating, before: CardState): ReviewLogFields {
  return {
    rating,
    state: log.state,
    due: new Date(log.due.getTime()),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewedAt: new Date(log.review.getTime()),
    cardBefore: toCardSnapshot(before),
  };
}
