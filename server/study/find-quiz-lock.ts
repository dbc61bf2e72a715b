import "server-only";
import { z } from "zod";
import { db } from "@/server/db/client";

/** The longest time limit an assignment can have is far below this; it bounds the query's window. */
const MAX_TIME_LIMIT_MS = 7 * 24 * 3_600_000;

/**
 * Whether a student may not see answers of this question set in study mode right now because the set is a quiz they
 * can be taking: an assignment on the set, in a class the student is enrolled in, between its opening and the last
 * moment any attempt of it can still be open (due date + time limit). Quizzes draw from published sets, and every
 * published set is studyable, so without this the study check (which returns the expected answer) answers quiz
 * questions during the quiz (issue 6). Instructors and students of other classes are not locked.
 */
export async function findQuizLock(userId: string, questionSetId: string, now: Date): Promise<{ title: string; until: Date } | null> {
  z.string().min(1).parse(userId);
  z.string().min(1).parse(questionSetId);
  const assignments = await db.assignment.findMany({
    where: {
      questionSetId,
      opensAt: { lte: now },
      dueAt: { gt: new Date(now.getTime() - MAX_TIME_LIMIT_MS) },
      class: { enrollments: { some: { userId, removedAt: null } } },
    },
    select: { title: true, dueAt: true, timeLimitSeconds: true },
  });
  let lock: { title: string; until: Date } | null = null;
  for (const assignment of assignments) {
    const until = new Date(assignment.dueAt.getTime() + (assignment.timeLimitSeconds ?? 0) * 1000);
    if (until.getTime() > now.getTime() && (!lock || until > lock.until)) lock = { title: assignment.title, until };
  }
  return lock;
}
