import { FSRSAlgorithm, forgetting_curve, type FSRSState } from "ts-fsrs";
import { applyRating, type StudyRating } from "./apply-rating";
import { buildScheduler, type SchedulerSettings } from "./build-scheduler";
import { newCardState, type CardState } from "./card-state";
import { localDayNumber, localDaysBetween } from "./local-day";

/**
 * A simulated student, for evaluating the optimizer. The student's memory follows the FSRS-6 model with a
 * "true" weight vector that differs from the defaults; the app schedules them with its own scheduler (default
 * weights unless told otherwise), as it would before any fitting. Everything is driven by a seeded PRNG, so the
 * same options give the same history.
 *
 * Per card: introduced on day ⌊i / newCardsPerDay⌋ at the daily session time; each review's outcome is drawn from
 * the true retrievability (whole local days since the previous review, which is what FSRS models; same-day
 * learning steps use the fraction of a day); a recalled card is rated Hard/Good/Easy 15/75/10 %, a forgotten one
 * Again; the first rating of a new card is Again/Hard/Good/Easy 30/10/50/10 %. The next review happens when the
 * app says it is due — on a later day at that day's session, late by 1–3 days with probability `lateProbability`.
 */
export const TRUE_PARAMETERS: readonly number[] = [
  0.6, 2.0, 4.5, 14.0, 5.8, 1.1, 2.2, 0.02, 1.5, 0.12, 1.1, 1.9, 0.09, 0.35, 1.9, 0.45, 2.2, 0.6, 0.15, 0.1, 0.3,
];

export type SimulationOptions = {
  seed: number;
  cards: number;
  newCardsPerDay: number;
  /** Days simulated from `start`. */
  days: number;
  start: Date;
  trueParameters?: readonly number[];
  /** How the app schedules (default: FSRS-6 defaults at 0.90 retention). */
  scheduler?: SchedulerSettings;
  lateProbability?: number;
  /** Local session start, minutes after local midnight (default 9:00); each session starts up to 2 h later. */
  sessionMinute?: number;
  utcOffsetMinutes?: number;
};

export type SimulatedReview = {
  cardId: string;
  rating: StudyRating;
  reviewedAt: Date;
  undoneAt: null;
  /** The card's state before the review (0 New, 1 Learning, 2 Review, 3 Relearning). */
  state: number;
};

export type Simulation = { cardIds: string[]; reviews: SimulatedReview[] };

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export function simulateLearner(options: SimulationOptions): Simulation {
  const random = createRandom(options.seed);
  const trueW = [...(options.trueParameters ?? TRUE_PARAMETERS)];
  const truth = new FSRSAlgorithm({ w: trueW, enable_short_term: true });
  const scheduler = buildScheduler(
    options.scheduler ?? { desiredRetention: 0.9, maximumInterval: 36500, parameters: null },
  );
  const offset = options.utcOffsetMinutes ?? 0;
  const sessionMinute = options.sessionMinute ?? 9 * 60;
  const lateProbability = options.lateProbability ?? 0.2;
  const startDay = localDayNumber(options.start, offset);
  const endDay = startDay + options.days;

  const sessionTime = (day: number): Date =>
    new Date(day * DAY_MS - offset * MINUTE_MS + (sessionMinute + Math.floor(random() * 120)) * MINUTE_MS);

  const reviews: SimulatedReview[] = [];
  const cardIds: string[] = [];
  for (let i = 0; i < options.cards; i++) {
    const cardId = `sim-${options.seed}-${String(i).padStart(6, "0")}`;
    const introDay = startDay + Math.floor(i / Math.max(1, options.newCardsPerDay));
    if (introDay >= endDay) break;
    cardIds.push(cardId);

    let card: CardState = newCardState(sessionTime(introDay));
    let at = card.due;
    let memory: FSRSState | null = null;
    let lastReviewAt: Date | null = null;
    for (let guard = 0; guard < 500; guard++) {
      let rating: StudyRating;
      let days = 0;
      if (memory === null || lastReviewAt === null) {
        rating = pickFirstRating(random());
      } else {
        days = Math.max(0, localDaysBetween(lastReviewAt, at, offset));
        const elapsed = days > 0 ? days : (at.getTime() - lastReviewAt.getTime()) / DAY_MS;
        const recall = forgetting_curve(trueW, elapsed, memory.stability);
        rating = random() < recall ? pickRecallRating(random()) : 1;
      }
      memory = truth.next_state(memory, days, rating);
      const applied = applyRating(scheduler, card, rating, at);
      reviews.push({ cardId, rating, reviewedAt: at, undoneAt: null, state: card.state });
      card = applied.card;
      lastReviewAt = at;

      const due = card.due;
      let next: Date;
      if (localDayNumber(due, offset) === localDayNumber(at, offset)) {
        next = due;
      } else {
        const late = random() < lateProbability ? 1 + Math.floor(random() * 3) : 0;
        const day = localDayNumber(due, offset) + late;
        const session = sessionTime(day);
        next = session.getTime() >= due.getTime() ? session : new Date(due.getTime() + Math.floor(random() * 60) * MINUTE_MS);
      }
      if (localDayNumber(next, offset) >= endDay) break;
      at = next;
    }
  }
  reviews.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  return { cardIds, reviews };
}

function pickFirstRating(x: number): StudyRating {
  if (x < 0.3) return 1;
  if (x < 0.4) return 2;
  if (x < 0.9) return 3;
  return 4;
}

function pickRecallRating(x: number): StudyRating {
  if (x < 0.15) return 2;
  if (x < 0.9) return 3;
  return 4;
}

/** Splits cards into a training part and a held-out part (a seeded shuffle of card ids). */
export function splitByCard<T extends { cardId: string }>(
  cardIds: readonly string[],
  reviews: readonly T[],
  heldOutFraction: number,
  seed: number,
): { train: T[]; test: T[] } {
  const random = createRandom(seed);
  const shuffled = [...cardIds];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
  }
  const testIds = new Set(shuffled.slice(0, Math.round(shuffled.length * heldOutFraction)));
  const train: T[] = [];
  const test: T[] = [];
  for (const review of reviews) (testIds.has(review.cardId) ? test : train).push(review);
  return { train, test };
}
