import "server-only";
import { z } from "zod";
import { isLateSubmission } from "@/lib/quiz/check-attempt-timing";
import { decideAttemptStart } from "@/lib/quiz/decide-attempt-start";
import { scorePercent } from "@/lib/quiz/grade-attempt";
import { pickGradedAttempt } from "@/lib/quiz/pick-graded-attempt";
import { parseQuestionTypes } from "@/lib/quiz/quiz-question-types";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "@/server/content/ids";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { submitExpiredAttempts } from "./submit-expired-attempts";

export const getMyAssignmentInput = z.object({ assignmentId: rowIdSchema });

/** An assignment as its student sees it before starting: the rules, their attempts and whether they can start now. */
export async function getMyAssignment(user: SessionUser, input: unknown, now: Date) {
  const { assignmentId } = getMyAssignmentInput.parse(input);
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: { enrollments: { some: { userId: user.id } } } },
    select: {
      id: true,
      title: true,
      classId: true,
      questionCount: true,
      questionTypes: true,
      opensAt: true,
      dueAt: true,
      timeLimitSeconds: true,
      maxAttempts: true,
      grading: true,
      showAnswers: true,
      class: { select: { name: true, enrollments: { where: { userId: user.id }, select: { removedAt: true } } } },
    },
  });
  if (!assignment) throw new AppError("NOT_FOUND", "No such assignment.");
  const enrollment = assignment.class.enrollments[0] ?? null;
  if (!enrollment || enrollment.removedAt) throw new AppError("FORBIDDEN", "You were removed from this class.");
  await submitExpiredAttempts({ assignmentId, userId: user.id }, now);
  const attempts = await db.attempt.findMany({
    where: { assignmentId, userId: user.id },
    orderBy: { number: "asc" },
    select: { id: true, number: true, startedAt: true, deadlineAt: true, submittedAt: true, autoSubmitted: true, score: true, maxScore: true },
  });
  const graded = pickGradedAttempt(attempts, assignment.grading);
  const { class: cls, questionTypes, ...rest } = assignment;
  return {
    ...rest,
    className: cls.name,
    questionTypes: parseQuestionTypes(questionTypes),
    decision: decideAttemptStart({ now, assignment, enrollment, attempts }),
    gradedAttemptId: graded?.id ?? null,
    attempts: attempts.map((a) => ({
      ...a,
      late: isLateSubmission(a.submittedAt, assignment.dueAt),
      percent: a.score === null ? null : scorePercent(a.score, a.maxScore),
    })),
  };
}
