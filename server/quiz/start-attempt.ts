import "server-only";
import { z } from "zod";
import { buildAttemptLayout } from "@/lib/quiz/build-attempt-layout";
import { computeAttemptDeadline } from "@/lib/quiz/check-attempt-timing";
import { decideAttemptStart } from "@/lib/quiz/decide-attempt-start";
import { parseOptions, parseQuestionTypes } from "@/lib/quiz/quiz-question-types";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "@/server/content/ids";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { submitExpiredAttempts } from "./submit-expired-attempts";

export const startAttemptInput = z.object({ assignmentId: rowIdSchema });

/**
 * Starts an attempt, or resumes the one in progress (lib/quiz/decide-attempt-start.ts). The layout — questions and
 * option order — is drawn and stored now, and the deadline set by the server. Refusals carry their reason: removed
 * from the class → FORBIDDEN; not open yet, closed, no attempts left → CONFLICT. Two starts racing for the same
 * attempt number collide on the unique index; the loser resumes the winner's attempt.
 */
export async function startAttempt(user: SessionUser, input: unknown, now: Date): Promise<{ attemptId: string; resumed: boolean }> {
  const { assignmentId } = startAttemptInput.parse(input);
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: { enrollments: { some: { userId: user.id } } } },
    select: {
      id: true,
      questionSetId: true,
      questionCount: true,
      questionTypes: true,
      selection: true,
      seed: true,
      shuffleOptions: true,
      opensAt: true,
      dueAt: true,
      timeLimitSeconds: true,
      maxAttempts: true,
      class: { select: { enrollments: { where: { userId: user.id }, select: { removedAt: true } } } },
    },
  });
  if (!assignment) throw new AppError("NOT_FOUND", "No such assignment.");
  const enrollment = assignment.class.enrollments[0] ?? null;
  if (enrollment?.removedAt) throw new AppError("FORBIDDEN", "You were removed from this class, so you can no longer take its quizzes.");

  await submitExpiredAttempts({ assignmentId, userId: user.id }, now);
  for (let round = 0; round < 3; round++) {
    const attempts = await db.attempt.findMany({
      where: { assignmentId, userId: user.id },
      select: { id: true, number: true, deadlineAt: true, submittedAt: true },
    });
    const decision = decideAttemptStart({ now, assignment, enrollment, attempts });
    if (decision.kind === "resume") return { attemptId: decision.attemptId, resumed: true };
    if (decision.kind === "refused") {
      throw new AppError(decision.reason === "removed" || decision.reason === "not_enrolled" ? "FORBIDDEN" : "CONFLICT", decision.message);
    }
    const pool = await db.question.findMany({
      where: { questionSetId: assignment.questionSetId, status: "approved" },
      select: { id: true, type: true, position: true, options: true },
    });
    const layout = buildAttemptLayout(
      pool.map((q) => ({ id: q.id, type: q.type, position: q.position, optionCount: parseOptions(q.options).length })),
      {
        seed: assignment.seed,
        selection: assignment.selection,
        questionCount: assignment.questionCount,
        questionTypes: parseQuestionTypes(assignment.questionTypes),
        shuffleOptions: assignment.shuffleOptions,
      },
      { userId: user.id, attemptNumber: decision.number },
    );
    if (layout.questions.length === 0) throw new AppError("CONFLICT", "This quiz has no questions left to draw; tell your instructor.");
    try {
      const created = await db.attempt.create({
        data: {
          assignmentId,
          userId: user.id,
          number: decision.number,
          startedAt: now,
          deadlineAt: computeAttemptDeadline(now, assignment),
          layout,
          maxScore: layout.questions.length,
        },
        select: { id: true },
      });
      return { attemptId: created.id, resumed: false };
    } catch (error) {
      if ((error as { code?: unknown }).code !== "P2002") throw error; // a concurrent start took this number: decide again
    }
  }
  throw new AppError("CONFLICT", "Could not start the attempt; please try again.");
}
