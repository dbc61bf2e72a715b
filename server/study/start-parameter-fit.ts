import "server-only";
import { z } from "zod";
import { utcOffsetMinutesSchema } from "@/lib/study/local-day";
import { db } from "@/server/db/client";
import { userIdSchema } from "./get-study-settings";
import { runInBackground } from "./run-in-background";
import { runParameterFit } from "./run-parameter-fit";

export const startParameterFitInputSchema = z.object({ utcOffsetMinutes: utcOffsetMinutesSchema.default(0) });

/** A fit still queued or running after this long was lost (process restart) and is marked failed. */
export const STALE_FIT_MS = 15 * 60_000;

/**
 * The explicit "Optimize" action: records a ParameterFit row and runs the optimizer in the background (in-process,
 * one job at a time), returning at once with the row's id for the page to poll. A student with a fit already queued
 * or running gets that one back instead of a second.
 */
export async function startParameterFit(
  userIdInput: string,
  input: z.input<typeof startParameterFitInputSchema>,
  now: Date,
): Promise<{ fitId: string; started: boolean; done: Promise<void> }> {
  const userId = userIdSchema.parse(userIdInput);
  const { utcOffsetMinutes } = startParameterFitInputSchema.parse(input);
  await db.parameterFit.updateMany({
    where: { userId, status: { in: ["queued", "running"] }, createdAt: { lt: new Date(now.getTime() - STALE_FIT_MS) } },
    data: { status: "failed", error: "interrupted", finishedAt: now },
  });
  const active = await db.parameterFit.findFirst({
    where: { userId, status: { in: ["queued", "running"] } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (active) return { fitId: active.id, started: false, done: Promise.resolve() };
  const fit = await db.parameterFit.create({ data: { userId, status: "queued", createdAt: now }, select: { id: true } });
  const done = runInBackground(`parameter-fit ${fit.id}`, () => runParameterFit(fit.id, { utcOffsetMinutes }));
  return { fitId: fit.id, started: true, done };
}
