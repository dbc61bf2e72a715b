import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "@/server/content/ids";
import { finalizeAttempt, type FinalizedAttempt } from "./finalize-attempt";
import { loadOwnAttempt } from "./load-own-attempt";

export const submitAttemptInput = z.object({ attemptId: rowIdSchema });

/**
 * The student submits their attempt. Idempotent (a second submit returns the stored result). Submitted after the
 * deadline it is the automatic submission, dated at the deadline, with the answers saved before it.
 */
export async function submitAttempt(user: SessionUser, input: unknown, now: Date): Promise<FinalizedAttempt & { classId: string }> {
  const { attemptId } = submitAttemptInput.parse(input);
  const attempt = await loadOwnAttempt(user.id, attemptId);
  const result = await finalizeAttempt({ attemptId: attempt.id }, now);
  if (!result) throw new Error("attempt vanished during submission");
  return { ...result, classId: attempt.assignment.classId };
}
