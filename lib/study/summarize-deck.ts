import { CardStateValue } from "./card-state";

export type DeckSummary = {
  /** Studied cards due before the end of the student's local today (overdue included). */
  dueToday: number;
  /** Approved questions never studied (no card yet, or a card still New). */
  new: number;
  /** Cards in (re)learning steps. */
  learning: number;
  /** Cards that graduated to the Review state. */
  learned: number;
};

export type DeckCounts = {
  /** Approved questions in the deck. */
  questions: number;
  /** The student's cards in the deck per FSRS state (rows of a group-by; states may repeat). */
  cardsByState: readonly { state: number; count: number }[];
  /** The student's studied cards due before the end of their local today. */
  dueToday: number;
};

/** Per-deck counts for the deck list and the stats page, from counts the database computes on an index. */
export function summarizeDeck(counts: DeckCounts): DeckSummary {
  let learning = 0;
  let learned = 0;
  for (const { state, count } of counts.cardsByState) {
    if (state === CardStateValue.Review) learned += count;
    else if (state === CardStateValue.Learning || state === CardStateValue.Relearning) learning += count;
  }
  return {
    dueToday: Math.max(0, counts.dueToday),
    new: Math.max(0, counts.questions - learning - learned),
    learning,
    learned,
  };
}
