import { cardStateNames } from "./card-state";

export type CardsByState = { state: (typeof cardStateNames)[number]; count: number }[];

/**
 * Cards per FSRS state. `unstudiedQuestions` (visible questions without a card row yet) count as New, since a
 * card row is created on its first review.
 */
export function countCardsByState(cards: readonly { state: number }[], unstudiedQuestions = 0): CardsByState {
  const counts = [Math.max(0, unstudiedQuestions), 0, 0, 0];
  for (const card of cards) {
    if (card.state >= 0 && card.state <= 3) counts[card.state] = (counts[card.state] ?? 0) + 1;
  }
  return cardStateNames.map((state, i) => ({ state, count: counts[i] ?? 0 }));
}
