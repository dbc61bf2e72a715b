import "server-only";
import { QUIZ_QUESTION_TYPES, type QuizQuestionType } from "@/lib/quiz/quiz-question-types";
import type { SessionUser } from "@/server/auth/session-user";
import { requireInstructor } from "@/server/classes/require-instructor";
import { db } from "@/server/db/client";
import type { Prisma } from "@/generated/prisma-sqlite/client";

/**
 * Question sets an instructor may assign: published, and either theirs or the installation's (loaded from content/,
 * no owner). Assignments draw approved questions only.
 */
export function usableQuestionSetWhere(user: SessionUser): Prisma.QuestionSetWhereInput {
  return { status: "published", OR: [{ ownerId: user.id }, { ownerId: null }] };
}

export async function listUsableQuestionSets(user: SessionUser) {
  requireInstructor(user);
  const sets = await db.questionSet.findMany({
    where: usableQuestionSetWhere(user),
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, ownerId: true, course: { select: { title: true } } },
  });
  const counts = await db.question.groupBy({
    by: ["questionSetId", "type"],
    where: { questionSetId: { in: sets.map((s) => s.id) }, status: "approved", type: { in: [...QUIZ_QUESTION_TYPES] } },
    _count: { _all: true },
  });
  return sets.map((set) => {
    const byType = Object.fromEntries(QUIZ_QUESTION_TYPES.map((t) => [t, 0])) as Record<QuizQuestionType, number>;
    for (const c of counts) if (c.questionSetId === set.id) byType[c.type as QuizQuestionType] = c._count._all;
    return { id: set.id, title: set.title, courseTitle: set.course.title, mine: set.ownerId === user.id, approvedByType: byType };
  });
}
