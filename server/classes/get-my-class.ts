import "server-only";
import { isInProgress } from "@/lib/quiz/check-attempt-timing";
import { scorePercent } from "@/lib/quiz/grade-attempt";
import { pickGradedAttempt } from "@/lib/quiz/pick-graded-attempt";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "@/server/content/ids";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";

/**
 * A class as one of its students sees it: its assignments (by due date) with the student's own status and grade.
 * Someone who is not in the class — or was removed — gets NOT_FOUND / FORBIDDEN.
 */
export async function getMyClass(user: SessionUser, classIdInput: unknown, now: Date) {
  const parsed = rowIdSchema.safeParse(classIdInput);
  if (!parsed.success) throw new AppError("NOT_FOUND", "No such class.");
  const enrollment = await db.enrollment.findUnique({
    where: { classId_userId: { classId: parsed.data, userId: user.id } },
    select: { removedAt: true, class: { select: { id: true, name: true, instructor: { select: { name: true, email: true } } } } },
  });
  if (!enrollment) throw new AppError("NOT_FOUND", "No such class.");
  if (enrollment.removedAt) throw new AppError("FORBIDDEN", "You were removed from this class.");
  const assignments = await db.assignment.findMany({
    where: { classId: enrollment.class.id, class: { enrollments: { some: { userId: user.id, removedAt: null } } } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      opensAt: true,
      dueAt: true,
      timeLimitSeconds: true,
      maxAttempts: true,
      grading: true,
      attempts: {
        where: { userId: user.id },
        select: { id: true, number: true, score: true, maxScore: true, deadlineAt: true, submittedAt: true },
      },
    },
  });
  return {
    id: enrollment.class.id,
    name: enrollment.class.name,
    instructorName: enrollment.class.instructor.name ?? enrollment.class.instructor.email,
    assignments: assignments.map(({ attempts, ...a }) => {
      const graded = pickGradedAttempt(attempts, a.grading);
      const open = attempts.find((x) => isInProgress(x, now)) ?? null;
      return {
        ...a,
        attemptsUsed: attempts.length,
        openAttemptId: open?.id ?? null,
        grade: graded ? { score: graded.score ?? 0, maxScore: graded.maxScore, percent: scorePercent(graded.score ?? 0, graded.maxScore) } : null,
        state: open
          ? ("in_progress" as const)
          : now < a.opensAt
            ? ("not_open" as const)
            : now >= a.dueAt
              ? ("closed" as const)
              : attempts.length >= a.maxAttempts
                ? ("done" as const)
                : ("open" as const),
      };
    }),
  };
}
