import { cardStateNames } from "./card-state";

export type CardsByState = { state: (typeof cardStateNames)[number]; count: number }[];

/**
 * Cards per FSRS state, from per-state counts (rows of a group-by; a state may appear more than once).
 * `unstudiedQuestions` (visible questions without a card row yet) count as New, since a card row is created on its
 * first review.
 */
export function countCardsByState(rows: readonly { state: number; count: number }[], unstudiedQuestions = 0): CardsByState {
  const counts = [Math.max(0, unstudiedQuestions), 0, 0, 0];
  for (const row of rows) {
    if (row.state >= 0 && row.state <= 3) counts[row.state] = (counts[row.state] ?? 0) + row.count;
  }
  return cardStateNames.map((state, i) => ({ state, count: counts[i] ?? 0 }));
}
