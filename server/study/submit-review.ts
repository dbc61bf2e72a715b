import "server-only";
import { z } from "zod";
import { applyRating, ratingSchema } from "@/lib/study/apply-rating";
import { buildScheduler } from "@/lib/study/build-scheduler";
import { cardStateFromRow, newCardState, type CardState } from "@/lib/study/card-state";
import { planReviewSubmit, reviewIdSchema } from "@/lib/study/plan-review-submit";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { questionIdSchema, studyableQuestionWhere } from "./deck-scope";
import { getStudySettings, userIdSchema } from "./get-study-settings";

export const submitReviewInputSchema = z.object({
  /** Chosen by the client (a UUID) before the first attempt; retries send the same id. */
  reviewId: reviewIdSchema,
  questionId: questionIdSchema,
  rating: ratingSchema,
  /** Time from showing the question to answering, as measured by the client. */
  durationMs: z.number().int().min(0).max(86_400_000).nullish(),
  source: z.enum(["study", "quiz"]).default("study"),
});
export type SubmitReviewInput = z.input<typeof submitReviewInputSchema>;

export type SubmittedReview = {
  reviewId: string;
  questionId: string;
  cardId: string;
  /** true when this request repeated an already stored review (nothing was counted again). */
  replayed: boolean;
  /** true when the replayed review had been undone meanwhile. */
  undone: boolean;
  card: { due: string; state: number; reps: number; lapses: number; scheduledDays: number };
};

/**
 * Records one review and reschedules the card, idempotently: the client's review id is the ReviewLog primary key,
 * so a retried request collides with its first attempt's row, its transaction rolls back, and it is answered from
 * the stored review without counting twice (decision in lib/study/plan-review-submit.ts). Common path: two reads
 * (card + visibility, settings), then one transaction of two writes (card update, log insert); the card update is
 * guarded by its `reps` (optimistic concurrency), so two different reviews racing on the same card cannot both
 * apply to the same prior state (the loser gets CONFLICT). A question the student cannot see (missing, unapproved, draft set)
 * is NOT_FOUND — the same answer as a question that does not exist.
 */
export async function submitReview(userIdInput: string, input: SubmitReviewInput, now: Date): Promise<SubmittedReview> {
  const userId = userIdSchema.parse(userIdInput);
  const request = submitReviewInputSchema.parse(input);
  try {
    // Reads first, outside the transaction: the card (with the visibility check in the same query) and the
    // settings. The write below is guarded by the card's `reps` as read here (and a new card by the unique
    // (userId, questionId) index), so a concurrent change is caught exactly as it would be inside; keeping the
    // reads out keeps the transaction to its two writes (on SQLite every transaction holds the one connection's
    // write lock while it is open — npm run bench measured the difference). A review id seen before is detected by
    // the primary key on insert (below).
    const [row, settings] = await Promise.all([
      db.card.findFirst({ where: { userId, questionId: request.questionId, question: studyableQuestionWhere() } }),
      getStudySettings(userId),
    ]);
    let questionSetId: string | null = null;
    if (!row) {
      const visible = await db.question.findFirst({
        where: { id: request.questionId, ...studyableQuestionWhere() },
        select: { questionSetId: true },
      });
      if (!visible) throw new AppError("NOT_FOUND", "No such card.");
      questionSetId = visible.questionSetId;
    }

    const before: CardState = row ? cardStateFromRow(row) : newCardState(now);
    const applied = applyRating(buildScheduler(settings), before, request.rating, now);

    return await db.$transaction(async (tx) => {
      let cardId: string;
      if (row) {
        const updated = await tx.card.updateMany({
          where: { id: row.id, userId, reps: row.reps },
          data: applied.card,
        });
        if (updated.count !== 1) throw new AppError("CONFLICT", "This card was just reviewed elsewhere; reload.");
        cardId = row.id;
      } else {
        const created = await tx.card.create({
          data: { userId, questionId: request.questionId, questionSetId, ...applied.card },
          select: { id: true },
        });
        cardId = created.id;
      }
      const { cardBefore, ...log } = applied.log;
      // Fails with P2002 when this review id exists already: the whole transaction rolls back and the request is
      // answered as a retry (or a conflict) below.
      await tx.reviewLog.createMany({
        data: [
          {
            id: request.reviewId,
            cardId,
            userId,
            questionId: request.questionId,
            ...log,
            durationMs: request.durationMs ?? null,
            source: request.source,
            cardBefore,
          },
        ],
      });
      return result(request, cardId, applied.card, false, false);
    });
  } catch (error) {
    // The review id was used before (a retry, or a concurrent twin that committed first), or the card was created
    // concurrently: answer as a retry would, or CONFLICT when the id was used for something else.
    if (isUniqueViolation(error)) return replayExisting(userId, request);
    if (error instanceof AppError && error.code === "CONFLICT") {
      // A retry racing its own first attempt on the same card (the reps guard fired): it may have landed meanwhile.
      const replay = await replayExisting(userId, request).catch(() => null);
      if (replay) return replay;
    }
    throw error;
  }
}

async function replayExisting(userId: string, request: z.output<typeof submitReviewInputSchema>): Promise<SubmittedReview> {
  const existing = await db.reviewLog.findUnique({
    where: { id: request.reviewId },
    select: { userId: true, questionId: true, rating: true, undoneAt: true, cardId: true },
  });
  const plan = planReviewSubmit(existing, { userId, questionId: request.questionId, rating: request.rating });
  if (plan.kind === "conflict") throw new AppError("CONFLICT", `This review id was already used (${plan.reason}).`);
  if (plan.kind !== "replay" || !existing) throw new AppError("CONFLICT", "This card was just reviewed elsewhere; reload.");
  const card = await db.card.findFirst({ where: { id: existing.cardId, userId } });
  if (!card) throw new AppError("NOT_FOUND", "No such card.");
  return result(request, card.id, cardStateFromRow(card), true, plan.undone);
}

function result(
  request: { reviewId: string; questionId: string },
  cardId: string,
  card: CardState,
  replayed: boolean,
  undone: boolean,
): SubmittedReview {
  return {
    reviewId: request.reviewId,
    questionId: request.questionId,
    cardId,
    replayed,
    undone,
    card: {
      due: card.due.toISOString(),
      state: card.state,
      reps: card.reps,
      lapses: card.lapses,
      scheduledDays: card.scheduledDays,
    },
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
