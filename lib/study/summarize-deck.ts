import { CardStateValue } from "./card-state";
import { startOfLocalDayAfter } from "./local-day";

export type DeckCardInput = { due: Date; state: number };
export type DeckSummary = {
  /** Studied cards due before the end of the student's local today (overdue included). */
  dueToday: number;
  /** Questions never studied (no card yet, or a card still New). */
  new: number;
  /** Cards in (re)learning steps. */
  learning: number;
  /** Cards that graduated to the Review state. */
  learned: number;
};

/** Per-deck counts for the deck list and the stats page. */
export function summarizeDeck(
  totalQuestions: number,
  cards: readonly DeckCardInput[],
  now: Date,
  utcOffsetMinutes: number,
): DeckSummary {
  const endOfToday = startOfLocalDayAfter(now, utcOffsetMinutes, 1).getTime();
  let studied = 0;
  let dueToday = 0;
  let learning = 0;
  let learned = 0;
  for (const card of cards) {
    if (card.state === CardStateValue.New) continue;
    studied += 1;
    if (card.due.getTime() < endOfToday) dueToday += 1;
    if (card.state === CardStateValue.Review) learned += 1;
    else learning += 1;
  }
  return { dueToday, new: Math.max(0, totalQuestions - studied), learning, learned };
}
