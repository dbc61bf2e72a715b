import "server-only";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import { db } from "@/server/db/client";
import { studyableQuestionWhere, type Deck } from "./deck-scope";

export const newQuestionSelect = {
  id: true,
  type: true,
  prompt: true,
  answer: true,
  options: true,
  explanation: true,
  sourceSentence: true,
} as const;

/**
 * The first `limit` questions of a deck the student has not studied yet (no card, or a card still New), in deck
 * order: sets by creation, questions by position. Built for big decks, where a plain anti-join would walk every
 * studied question first:
 * - per set, the approved-question count (index on Question) and the student's studied-card count (index
 *   Card(userId, questionSetId, state)) are read in two grouped queries; sets with nothing left are skipped;
 * - students mostly go through a set in order, so its unstudied questions usually sit after the first S approved
 *   ones (S = studied count): the search starts at that position, and looks before it only when the count says some
 *   unstudied questions are still missing.
 * A set whose studied count reaches its approved count (possible only if studied questions were later unapproved
 * while others stayed unstudied) is treated as done.
 */
export async function findNewQuestions(userId: string, deck: Deck, limit: number) {
  if (limit <= 0) return [];
  const sets = await db.questionSet.findMany({
    where: deck.kind === "set" ? { id: deck.setId, status: "published" } : { status: "published", course: { slug: deck.slug } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const setIds = sets.map((s) => s.id);
  if (setIds.length === 0) return [];
  const [approved, studied] = await Promise.all([
    db.question.groupBy({ by: ["questionSetId"], where: { questionSetId: { in: setIds }, status: "approved" }, _count: { _all: true } }),
    db.card.groupBy({ by: ["questionSetId"], where: { userId, questionSetId: { in: setIds }, state: { not: 0 } }, _count: { _all: true } }),
  ]);
  const approvedBySet = new Map(approved.map((row) => [row.questionSetId, row._count._all]));
  const studiedBySet = new Map(studied.map((row) => [row.questionSetId, row._count._all]));
  const questionWhere = studyableQuestionWhere(deck);

  const found: Awaited<ReturnType<typeof fetchUnstudied>> = [];
  for (const setId of setIds) {
    const need = limit - found.length;
    if (need <= 0) break;
    const total = approvedBySet.get(setId) ?? 0;
    const done = studiedBySet.get(setId) ?? 0;
    const missing = total - done;
    if (missing <= 0) continue;
    const pivot =
      done > 0
        ? await db.question.findFirst({
            where: { questionSetId: setId, status: "approved" },
            orderBy: { position: "asc" },
            skip: done,
            select: { position: true },
          })
        : null;
    const forward = await fetchUnstudied(userId, { ...questionWhere, questionSetId: setId, ...(pivot ? { position: { gte: pivot.position } } : {}) }, need);
    found.push(...forward);
    if (pivot && forward.length < Math.min(need, missing)) {
      const backward = await fetchUnstudied(
        userId,
        { ...questionWhere, questionSetId: setId, position: { lt: pivot.position } },
        Math.min(need, missing) - forward.length,
      );
      // Deck order within the set: the earlier positions first.
      found.splice(found.length - forward.length, 0, ...backward);
    }
  }
  return found.slice(0, limit);
}

function fetchUnstudied(userId: string, where: Prisma.QuestionWhereInput, take: number) {
  return db.question.findMany({
    where: { ...where, cards: { none: { userId, state: { not: 0 } } } },
    orderBy: { position: "asc" },
    take,
    select: { ...newQuestionSelect, cards: { where: { userId }, select: { id: true } } },
  });
}
