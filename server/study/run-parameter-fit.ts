import "server-only";
import { default_w } from "ts-fsrs";
import { evaluateParameters, fitParameters, toBindingItems, type ParameterMetrics } from "@/lib/study/fit-parameters";
import { splitByCard } from "@/lib/study/simulate-learner";
import { toReviewSequences } from "@/lib/study/to-review-sequences";
import { db } from "@/server/db/client";

export type FitMetrics = {
  /** Why nothing was fitted, when nothing was. */
  reason: "fitted" | "not_enough_history" | "invalid_result";
  trainingItems: number;
  /** Held-out check: fitted on 80 % of the cards, scored on the other 20 % (null when too small to score). */
  heldOut: { default: ParameterMetrics; fitted: ParameterMetrics } | null;
};

/**
 * The optimizer job for one ParameterFit row (run by startParameterFit in the background): reads the student's
 * reviews (undone ones excluded), scores a fit on 80 % of the cards against the defaults on the other 20 %, then fits
 * on everything and stores the weights in StudySettings. Progress (0..1) is written to the row as it goes so the
 * page can poll it. `clock` gives the wall-clock time for the row's timestamps.
 */
export async function runParameterFit(
  fitId: string,
  options: { utcOffsetMinutes: number; clock?: () => Date },
): Promise<void> {
  const clock = options.clock ?? (() => new Date());
  const fit = await db.parameterFit.findUnique({ where: { id: fitId }, select: { id: true, userId: true, status: true } });
  if (!fit || fit.status !== "queued") return;
  await db.parameterFit.update({ where: { id: fit.id }, data: { status: "running", startedAt: clock(), progress: 0 } });
  const progress = throttledProgress(fit.id);
  try {
    const reviews = await db.reviewLog.findMany({
      where: { userId: fit.userId, undoneAt: null },
      select: { cardId: true, rating: true, reviewedAt: true, undoneAt: true },
      orderBy: { reviewedAt: "asc" },
    });
    const offset = options.utcOffsetMinutes;

    let heldOut: FitMetrics["heldOut"] = null;
    const cardIds = [...new Set(reviews.map((r) => r.cardId))];
    const split = splitByCard(cardIds, reviews, 0.2, 20261123);
    const trial = await fitParameters(split.train, { utcOffsetMinutes: offset, onProgress: (p) => progress.report(p * 0.5) });
    if (trial.fitted) {
      const testItems = toBindingItems(toReviewSequences(split.test, offset));
      const scoredDefault = testItems.length > 0 ? evaluateParameters(testItems, default_w) : null;
      const scoredFitted = testItems.length > 0 ? evaluateParameters(testItems, trial.parameters) : null;
      if (scoredDefault && scoredFitted) heldOut = { default: scoredDefault, fitted: scoredFitted };
    }
    progress.report(0.5);

    const result = await fitParameters(reviews, { utcOffsetMinutes: offset, onProgress: (p) => progress.report(0.5 + p * 0.5) });
    await progress.flush();
    const metrics: FitMetrics = { reason: result.reason, trainingItems: result.trainingItems, heldOut };
    const finishedAt = clock();
    await db.$transaction([
      db.parameterFit.update({
        where: { id: fit.id },
        data: {
          status: "succeeded",
          progress: 1,
          finishedAt,
          reviewCount: result.reviewCount,
          parameters: result.fitted ? result.parameters : undefined,
          metrics,
        },
      }),
      ...(result.fitted
        ? [
            db.studySettings.upsert({
              where: { userId: fit.userId },
              create: { userId: fit.userId, parameters: result.parameters, parametersFittedAt: finishedAt },
              update: { parameters: result.parameters, parametersFittedAt: finishedAt },
            }),
          ]
        : []),
    ]);
  } catch (error) {
    await progress.flush();
    await db.parameterFit.update({
      where: { id: fit.id },
      data: { status: "failed", finishedAt: clock(), error: error instanceof Error ? error.message.slice(0, 500) : "failed" },
    });
  }
}

/** Writes progress at most every 250 ms, one write at a time. */
function throttledProgress(fitId: string) {
  let last = 0;
  let pending: Promise<unknown> = Promise.resolve();
  return {
    report(value: number) {
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      pending = pending.then(() =>
        db.parameterFit.update({ where: { id: fitId }, data: { progress: Math.min(1, Math.max(0, value)) } }).catch(() => undefined),
      );
    },
    flush: () => pending,
  };
}
