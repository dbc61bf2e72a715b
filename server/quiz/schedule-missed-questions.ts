import "server-only";
import { z } from "zod";
import { applyRating } from "@/lib/study/apply-rating";
import { buildScheduler } from "@/lib/study/build-scheduler";
import { cardStateFromRow, newCardState } from "@/lib/study/card-state";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import { db, type TransactionClient } from "@/server/db/client";
import { getStudySettings } from "@/server/study/get-study-settings";

export const scheduleMissedInput = z.object({
  userId: z.string().min(1).max(64),
  attemptId: z.string().min(1).max(64),
  questions: z.array(z.object({ id: z.string().min(1).max(64), questionSetId: z.string().min(1).max(64) })),
});

/**
 * Questions a student got wrong in a quiz enter their spaced-repetition schedule: the card (created if needed) is
 * rated Again with the study engineer's FSRS wrapper (lib/study/apply-rating.ts, the student's own settings) and
 * then made due now; a ReviewLog with source "quiz" records it (id `quiz:<attemptId>:<questionId>`, so it can never
 * be written twice for one attempt). Runs inside the attempt's submission transaction.
 */
export async function scheduleMissedQuestions(input: z.input<typeof scheduleMissedInput>, now: Date, tx: TransactionClient | typeof db = db) {
  const { userId, attemptId, questions } = scheduleMissedInput.parse(input);
  if (questions.length === 0) return;
  const settings = await getStudySettings(userId, tx);
  const scheduler = buildScheduler(settings);
  const existing = await tx.card.findMany({ where: { userId, questionId: { in: questions.map((q) => q.id) } } });
  const byQuestion = new Map(existing.map((c) => [c.questionId, c]));
  // The logs go in with one statement after the loop (not one insert per missed question).
  const logs: Prisma.ReviewLogCreateManyInput[] = [];
  for (const q of questions) {
    const row = byQuestion.get(q.id);
    const before = row ? cardStateFromRow(row) : newCardState(now);
    const applied = applyRating(scheduler, before, 1, now);
    const card = { ...applied.card, due: new Date(now.getTime()) };
    let cardId: string;
    if (row) {
      await tx.card.update({ where: { id: row.id }, data: card });
      cardId = row.id;
    } else {
      const created = await tx.card.create({ data: { userId, questionId: q.id, questionSetId: q.questionSetId, ...card }, select: { id: true } });
      cardId = created.id;
    }
    const { cardBefore, ...log } = applied.log;
    logs.push({ id: `quiz:${attemptId}:${q.id}`, cardId, userId, questionId: q.id, ...log, source: "quiz", cardBefore });
  }
  await tx.reviewLog.createMany({ data: logs });
}
