import "server-only";
import { z } from "zod";
import { orderedOptions, parseAttemptLayout } from "@/lib/quiz/build-attempt-layout";
import { isLateSubmission } from "@/lib/quiz/check-attempt-timing";
import { scorePercent } from "@/lib/quiz/grade-attempt";
import { pickGradedAttempt } from "@/lib/quiz/pick-graded-attempt";
import { parseOptions } from "@/lib/quiz/quiz-question-types";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "@/server/content/ids";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { getTaughtAssignment } from "./get-taught-assignment";
import { submitExpiredAttempts } from "./submit-expired-attempts";

export const getStudentAttemptsInput = z.object({ assignmentId: rowIdSchema, userId: rowIdSchema });

/** Every attempt of one student at one assignment, question by question with the right answers (instructor only). */
export async function getStudentAttempts(user: SessionUser, input: unknown, now: Date) {
  const { assignmentId, userId } = getStudentAttemptsInput.parse(input);
  const assignment = await getTaughtAssignment(user, assignmentId);
  const enrollment = await db.enrollment.findFirst({
    where: { classId: assignment.classId, userId, class: { instructorId: user.id } },
    select: { removedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  if (!enrollment) throw new AppError("NOT_FOUND", "No such student in this class.");
  await submitExpiredAttempts({ assignmentId, userId }, now);
  const attempts = await db.attempt.findMany({
    where: { assignmentId, userId, assignment: { class: { instructorId: user.id } } },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      startedAt: true,
      deadlineAt: true,
      submittedAt: true,
      autoSubmitted: true,
      score: true,
      maxScore: true,
      layout: true,
      answers: { select: { questionId: true, response: true, correct: true, savedAt: true } },
    },
  });
  const ids = new Set(attempts.flatMap((a) => parseAttemptLayout(a.layout).questions.map((q) => q.questionId)));
  const questions = await db.question.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, type: true, prompt: true, answer: true, options: true, sourceSentence: true },
  });
  const questionOf = new Map(questions.map((q) => [q.id, q]));
  const graded = pickGradedAttempt(attempts, assignment.grading);
  return {
    assignment,
    student: enrollment.user,
    removed: enrollment.removedAt !== null,
    attempts: attempts.map((a) => {
      const answerOf = new Map(a.answers.map((x) => [x.questionId, x]));
      return {
        id: a.id,
        number: a.number,
        startedAt: a.startedAt,
        deadlineAt: a.deadlineAt,
        submittedAt: a.submittedAt,
        autoSubmitted: a.autoSubmitted,
        score: a.score,
        maxScore: a.maxScore,
        percent: a.score === null ? null : scorePercent(a.score, a.maxScore),
        late: isLateSubmission(a.submittedAt, assignment.dueAt),
        counted: graded?.id === a.id,
        questions: parseAttemptLayout(a.layout).questions.map((entry, i) => {
          const q = questionOf.get(entry.questionId);
          const answer = answerOf.get(entry.questionId);
          return {
            number: i + 1,
            questionId: entry.questionId,
            type: q?.type ?? "deleted",
            prompt: q?.prompt ?? "(question deleted)",
            options: q ? orderedOptions(parseOptions(q.options), entry.optionOrder) : [],
            answer: q?.answer ?? "",
            sourceSentence: q?.sourceSentence ?? "",
            response: answer?.response ?? null,
            correct: answer?.correct ?? (a.submittedAt ? false : null),
            savedAt: answer?.savedAt ?? null,
          };
        }),
      };
    }),
  };
}
