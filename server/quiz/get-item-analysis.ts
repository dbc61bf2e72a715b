import "server-only";
import { analyzeItems, type ItemAnalysis, type ItemAttempt } from "@/lib/quiz/analyze-items";
import { parseAttemptLayout } from "@/lib/quiz/build-attempt-layout";
import { pickGradedAttempt } from "@/lib/quiz/pick-graded-attempt";
import { parseOptions } from "@/lib/quiz/quiz-question-types";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db/client";
import { getTaughtAssignment } from "./get-taught-assignment";
import { submitExpiredAttempts } from "./submit-expired-attempts";

/**
 * Item analysis of an assignment for its instructor (lib/quiz/analyze-items.ts) over the graded attempt of each
 * current student. Expired attempts are submitted first.
 */
export async function getItemAnalysis(user: SessionUser, assignmentIdInput: unknown, now: Date) {
  const assignment = await getTaughtAssignment(user, assignmentIdInput);
  await submitExpiredAttempts({ assignmentId: assignment.id }, now);
  const attempts = await db.attempt.findMany({
    where: {
      assignmentId: assignment.id,
      submittedAt: { not: null },
      assignment: { class: { instructorId: user.id } },
      user: { enrollments: { some: { classId: assignment.classId, removedAt: null } } },
    },
    select: { id: true, userId: true, number: true, score: true, maxScore: true, submittedAt: true, layout: true },
  });
  const byStudent = new Map<string, typeof attempts>();
  for (const a of attempts) {
    const list = byStudent.get(a.userId);
    if (list) list.push(a);
    else byStudent.set(a.userId, [a]);
  }
  const graded = [...byStudent.values()].map((list) => pickGradedAttempt(list, assignment.grading)).filter((a) => a !== null);
  // All submitted attempts' answers by a relation filter (one indexed join) rather than an IN list of the graded
  // ones: cheaper, and the few answers of attempts that do not count are skipped below.
  const answers = graded.length
    ? await db.attemptAnswer.findMany({
        where: { attempt: { assignmentId: assignment.id, submittedAt: { not: null } } },
        select: { attemptId: true, questionId: true, response: true, correct: true },
      })
    : [];
  const answerOf = new Map(answers.map((a) => [`${a.attemptId}\u0000${a.questionId}`, a]));
  const questionIds = new Set<string>();
  const itemAttempts: ItemAttempt[] = graded.map((a) => {
    const layout = parseAttemptLayout(a.layout);
    return {
      userId: a.userId,
      score: a.score ?? 0,
      maxScore: a.maxScore,
      answers: layout.questions.map(({ questionId }) => {
        questionIds.add(questionId);
        const answer = answerOf.get(`${a.id}\u0000${questionId}`);
        return { questionId, response: answer?.response ?? null, correct: answer?.correct ?? false };
      }),
    };
  });
  const questions = await db.question.findMany({
    where: { id: { in: [...questionIds] } },
    select: { id: true, type: true, prompt: true, answer: true, options: true, position: true },
  });
  const analysis: ItemAnalysis = analyzeItems(
    questions.map((q) => ({ ...q, options: parseOptions(q.options) })),
    itemAttempts,
  );
  return { assignment, analysis };
}
