import "server-only";
import { z } from "zod";
import { db } from "@/server/db/client";
import { userIdSchema } from "./get-study-settings";
import type { FitMetrics } from "./run-parameter-fit";

export type ParameterFitView = {
  id: string;
  status: "queued" | "running" | "succeeded" | "failed";
  progress: number;
  reviewCount: number;
  fitted: boolean;
  metrics: FitMetrics | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
};

/** A student's optimizer run by id, or their latest one when no id is given; null when there is none. */
export async function getParameterFit(userIdInput: string, fitId?: string): Promise<ParameterFitView | null> {
  const userId = userIdSchema.parse(userIdInput);
  const id = fitId === undefined ? undefined : z.string().min(1).max(64).parse(fitId);
  const fit = await db.parameterFit.findFirst({
    where: { userId, ...(id ? { id } : {}) },
    orderBy: { createdAt: "desc" },
  });
  if (!fit) return null;
  return {
    id: fit.id,
    status: fit.status,
    progress: fit.progress,
    reviewCount: fit.reviewCount,
    fitted: fit.parameters !== null,
    metrics: (fit.metrics as FitMetrics | null) ?? null,
    error: fit.error,
    createdAt: fit.createdAt.toISOString(),
    finishedAt: fit.finishedAt?.toISOString() ?? null,
  };
}
