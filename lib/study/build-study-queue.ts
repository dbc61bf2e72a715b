import { CardStateValue } from "./card-state";
import { localDayNumber } from "./local-day";

/**
 * The order of a study session: cards that are due (learning, review and relearning cards whose due time has come),
 * most overdue first; then new cards in deck order, up to the daily new-card limit minus the new cards the student
 * already introduced today (today = the student's local calendar day).
 */
export type DueCandidate = { cardId: string; questionId: string; due: Date; state: number };
export type NewCandidate = { questionId: string; cardId: string | null };

export type QueueEntry =
  | { kind: "due"; cardId: string; questionId: string; due: Date; state: number }
  | { kind: "new"; cardId: string | null; questionId: string };

export type StudyQueue = {
  entries: QueueEntry[];
  /** All due cards offered (before `maxEntries` cut the list). */
  dueCount: number;
  /** New cards still allowed today. */
  newAllowed: number;
  newCount: number;
};

export type BuildStudyQueueInput = {
  now: Date;
  /** Cards already studied; any that are New or not yet due are ignored. */
  dueCandidates: readonly DueCandidate[];
  /** Unstudied questions of the deck, in deck order. */
  newCandidates: readonly NewCandidate[];
  newCardsPerDay: number;
  newIntroducedToday: number;
  /** Cap on entries returned (the page fetches more as it goes); default: no cap. */
  maxEntries?: number;
};

export function buildStudyQueue(input: BuildStudyQueueInput): StudyQueue {
  const now = input.now.getTime();
  const due = input.dueCandidates
    .filter((c) => c.state !== CardStateValue.New && c.due.getTime() <= now)
    .slice()
    .sort((a, b) => a.due.getTime() - b.due.getTime() || compareStrings(a.cardId, b.cardId));
  const newAllowed = Math.max(0, Math.floor(input.newCardsPerDay) - Math.max(0, input.newIntroducedToday));
  const seen = new Set(due.map((c) => c.questionId));
  const fresh: QueueEntry[] = [];
  for (const candidate of input.newCandidates) {
    if (fresh.length >= newAllowed) break;
    if (seen.has(candidate.questionId)) continue;
    seen.add(candidate.questionId);
    fresh.push({ kind: "new", cardId: candidate.cardId, questionId: candidate.questionId });
  }
  const entries: QueueEntry[] = [
    ...due.map((c): QueueEntry => ({ kind: "due", cardId: c.cardId, questionId: c.questionId, due: c.due, state: c.state })),
    ...fresh,
  ];
  const capped = input.maxEntries === undefined ? entries : entries.slice(0, Math.max(0, input.maxEntries));
  return { entries: capped, dueCount: due.length, newAllowed, newCount: fresh.length };
}

export type IntroductionLog = { state: number; reviewedAt: Date; undoneAt: Date | null };

/** New cards introduced on the local day of `now`: reviews of a card in state New, not undone. */
export function countNewIntroducedToday(
  logs: readonly IntroductionLog[],
  now: Date,
  utcOffsetMinutes: number,
): number {
  const today = localDayNumber(now, utcOffsetMinutes);
  let count = 0;
  for (const log of logs) {
    if (log.undoneAt !== null || log.state !== CardStateValue.New) continue;
    if (localDayNumber(log.reviewedAt, utcOffsetMinutes) === today) count += 1;
  }
  return count;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
