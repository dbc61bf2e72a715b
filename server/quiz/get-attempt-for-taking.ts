import "server-only";
import { z } from "zod";
import { parseAttemptLayout } from "@/lib/quiz/build-attempt-layout";
import { buildTakingPayload, type TakingPayload } from "@/lib/quiz/build-taking-payload";
import { isTimeUp } from "@/lib/quiz/check-attempt-timing";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "@/server/content/ids";
import { db } from "@/server/db/client";
import { finalizeAttempt } from "./finalize-attempt";
import { loadOwnAttempt } from "./load-own-attempt";

export const getAttemptForTakingInput = z.object({ attemptId: rowIdSchema });

/**
 * What the quiz page needs to resume an attempt: questions in this attempt's order with shuffled options and the
 * saved responses — built by buildTakingPayload, whose type has no answer field. An attempt whose time is up is
 * submitted now (with what was saved) and reported as submitted.
 */
export async function getAttemptForTaking(
  user: SessionUser,
  input: unknown,
  now: Date,
): Promise<{ state: "in_progress"; payload: TakingPayload } | { state: "submitted"; attemptId: string; classId: string }> {
  const { attemptId } = getAttemptForTakingInput.parse(input);
  const attempt = await loadOwnAttempt(user.id, attemptId);
  if (attempt.submittedAt !== null) return { state: "submitted", attemptId, classId: attempt.assignment.classId };
  if (isTimeUp(attempt, now)) {
    await finalizeAttempt({ attemptId }, now);
    return { state: "submitted", attemptId, classId: attempt.assignment.classId };
  }
  const layout = parseAttemptLayout(attempt.layout);
  const [questions, answers] = await Promise.all([
    db.question.findMany({
      where: { id: { in: layout.questions.map((q) => q.questionId) } },
      // Never select the answer, explanation or source here: the payload goes to the browser.
      select: { id: true, type: true, prompt: true, options: true },
    }),
    db.attemptAnswer.findMany({ where: { attemptId }, select: { questionId: true, response: true } }),
  ]);
  return {
    state: "in_progress",
    payload: buildTakingPayload({
      attempt,
      layout,
      assignmentTitle: attempt.assignment.title,
      questions: new Map(questions.map((q) => [q.id, q])),
      saved: new Map(answers.map((a) => [a.questionId, a.response])),
      now,
    }),
  };
}
