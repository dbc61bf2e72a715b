import "server-only";
import { z } from "zod";
import { buildScheduler } from "@/lib/study/build-scheduler";
import { buildStudyQueue } from "@/lib/study/build-study-queue";
import { cardStateFromRow, newCardState } from "@/lib/study/card-state";
import { startOfLocalDay, utcOffsetMinutesSchema } from "@/lib/study/local-day";
import { previewIntervals } from "@/lib/study/preview-intervals";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { deckIdOf, parseDeckId, studyableQuestionWhere, type Deck } from "./deck-scope";
import { findNewQuestions, newQuestionSelect } from "./find-new-questions";
import { getStudySettings, userIdSchema } from "./get-study-settings";

export const getStudyQueueInputSchema = z.object({
  userId: userIdSchema,
  deckId: z.string(),
  utcOffsetMinutes: utcOffsetMinutesSchema.default(0),
  /** Entries returned at once; the page asks again when it runs low. */
  limit: z.number().int().min(1).max(200).default(50),
});
export type GetStudyQueueInput = z.input<typeof getStudyQueueInputSchema>;

/** Due counts stop at this number (shown as "500+"). */
export const DUE_COUNT_CAP = 500;

export type StudyItem = {
  questionId: string;
  cardId: string | null;
  kind: "due" | "new";
  type: "flashcard" | "cloze" | "multiple_choice" | "true_false" | "typed";
  prompt: string;
  /** Choices for multiple choice and true/false; [] otherwise. */
  options: string[];
  /** Flashcards only: the back of the card and its source. Auto-graded answers come from the check endpoint. */
  answer: string | null;
  sourceSentence: string | null;
  explanation: string | null;
  /** Labels for the four rating buttons ("1m", "10m", "4d" ...). */
  intervals: { rating: 1 | 2 | 3 | 4; label: string }[];
};

export type StudyQueueView = {
  deckId: string;
  title: string;
  now: string;
  /** Due cards in the deck, at most DUE_COUNT_CAP (then `dueCountCapped`). */
  dueCount: number;
  dueCountCapped: boolean;
  newAllowed: number;
  /** When the next studied card of the deck comes due after `now` (a learning step, tomorrow's reviews), if any. */
  nextDueAt: string | null;
  items: StudyItem[];
};

const questionSelect = newQuestionSelect;

/**
 * The study queue of a deck at `now`: due cards (most overdue first), then new questions up to the daily limit
 * minus those introduced today (local day from `utcOffsetMinutes`). Only studyable questions (approved, in a
 * published set) are ever listed. Unknown or invisible decks are NOT_FOUND.
 *
 * Queries (all on indexes): the due cards ordered by Card(userId, due) with a count, today's introductions on
 * ReviewLog(userId, reviewedAt), the new questions, the settings, the deck title.
 */
export async function getStudyQueue(input: GetStudyQueueInput, now: Date): Promise<StudyQueueView> {
  const { userId, deckId, utcOffsetMinutes, limit } = getStudyQueueInputSchema.parse(input);
  let deck: Deck;
  try {
    deck = parseDeckId(deckId);
  } catch {
    throw new AppError("NOT_FOUND", "No such deck.");
  }
  const questionWhere = studyableQuestionWhere(deck);
  // A set deck also filters on the card's own copy of its set id, so cards of other sets are skipped without
  // looking up their questions; the question filter stays for visibility (approved, published).
  const setFilter = deck.kind === "set" ? { questionSetId: deck.setId } : {};
  const dueWhere = { userId, ...setFilter, due: { lte: now }, state: { not: 0 }, question: questionWhere };

  const [title, settings, dueCards, dueCount, introducedToday, nextDue] = await Promise.all([
    deckTitle(deck),
    getStudySettings(userId),
    db.card.findMany({
      where: dueWhere,
      // `due` alone: Card(userId, due) then yields rows in order and the LIMIT stops the scan early; a second sort
      // key would make the database sort every due card first (ties are broken in buildStudyQueue).
      orderBy: { due: "asc" },
      take: limit,
      select: {
        id: true,
        questionId: true,
        due: true,
        stability: true,
        difficulty: true,
        elapsedDays: true,
        scheduledDays: true,
        learningSteps: true,
        reps: true,
        lapses: true,
        state: true,
        lastReview: true,
        question: { select: questionSelect },
      },
    }),
    // Capped: counting every due card of a big backlog costs more than the rest of the queue (see benchmarks).
    // (ordered by `due` so the capped count walks the same index; without an order Prisma sorts by id, which
    // means sorting every due card first.)
    db.card.count({ where: dueWhere, orderBy: { due: "asc" }, take: DUE_COUNT_CAP }),
    db.reviewLog.count({
      where: { userId, reviewedAt: { gte: startOfLocalDay(now, utcOffsetMinutes), lte: now }, state: 0, undoneAt: null },
    }),
    db.card.findFirst({
      where: { userId, ...setFilter, due: { gt: now }, state: { not: 0 }, question: questionWhere },
      orderBy: { due: "asc" },
      select: { due: true },
    }),
  ]);
  if (title === null) throw new AppError("NOT_FOUND", "No such deck.");

  const newAllowedToday = Math.max(0, settings.newCardsPerDay - introducedToday);
  const newRoom = Math.min(newAllowedToday, Math.max(0, limit - dueCards.length));
  const newQuestions = await findNewQuestions(userId, deck, newRoom);

  const queue = buildStudyQueue({
    now,
    dueCandidates: dueCards.map((c) => ({ cardId: c.id, questionId: c.questionId, due: c.due, state: c.state })),
    newCandidates: newQuestions.map((q) => ({ questionId: q.id, cardId: q.cards[0]?.id ?? null })),
    newCardsPerDay: settings.newCardsPerDay,
    newIntroducedToday: introducedToday,
    maxEntries: limit,
  });

  const scheduler = buildScheduler(settings);
  const dueById = new Map(dueCards.map((c) => [c.id, c]));
  const newById = new Map(newQuestions.map((q) => [q.id, q]));
  const items: StudyItem[] = [];
  for (const entry of queue.entries) {
    if (entry.kind === "due") {
      const card = dueById.get(entry.cardId);
      if (!card) continue;
      items.push(toItem(card.question, card.id, "due", previewIntervals(scheduler, cardStateFromRow(card), now)));
    } else {
      const question = newById.get(entry.questionId);
      if (!question) continue;
      items.push(toItem(question, entry.cardId, "new", previewIntervals(scheduler, newCardState(now), now)));
    }
  }
  return {
    deckId: deckIdOf(deck),
    title,
    now: now.toISOString(),
    dueCount,
    dueCountCapped: dueCount >= DUE_COUNT_CAP,
    newAllowed: newAllowedToday,
    nextDueAt: nextDue?.due.toISOString() ?? null,
    items,
  };
}

async function deckTitle(deck: Deck): Promise<string | null> {
  if (deck.kind === "set") {
    const set = await db.questionSet.findFirst({ where: { id: deck.setId, status: "published" }, select: { title: true } });
    return set?.title ?? null;
  }
  const course = await db.course.findFirst({
    where: { slug: deck.slug, questionSets: { some: { status: "published" } } },
    select: { title: true },
  });
  return course?.title ?? null;
}

type QuestionRow = {
  id: string;
  type: StudyItem["type"];
  prompt: string;
  answer: string;
  options: unknown;
  explanation: string;
  sourceSentence: string;
};

function toItem(
  question: QuestionRow,
  cardId: string | null,
  kind: "due" | "new",
  previews: ReturnType<typeof previewIntervals>,
): StudyItem {
  const flashcard = question.type === "flashcard";
  return {
    questionId: question.id,
    cardId,
    kind,
    type: question.type,
    prompt: question.prompt,
    options: parseOptions(question.options),
    answer: flashcard ? question.answer : null,
    sourceSentence: flashcard ? question.sourceSentence || null : null,
    explanation: flashcard ? question.explanation || null : null,
    intervals: previews.map((p) => ({ rating: p.rating, label: p.label })),
  };
}

export function parseOptions(json: unknown): string[] {
  return Array.isArray(json) ? json.filter((x): x is string => typeof x === "string") : [];
}
