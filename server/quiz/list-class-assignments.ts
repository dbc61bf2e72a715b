import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { getTaughtClass } from "@/server/classes/get-taught-class";
import { db } from "@/server/db/client";

/** A class's assignments (instructor), by due date, with how many students have submitted at least once. */
export async function listClassAssignments(user: SessionUser, classIdInput: unknown) {
  const cls = await getTaughtClass(user, classIdInput);
  const assignments = await db.assignment.findMany({
    where: { classId: cls.id, class: { instructorId: user.id } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, opensAt: true, dueAt: true, timeLimitSeconds: true, maxAttempts: true, questionCount: true, questionSet: { select: { title: true } } },
  });
  const submitted = await db.attempt.groupBy({
    by: ["assignmentId", "userId"],
    where: { assignment: { classId: cls.id }, submittedAt: { not: null } },
  });
  const counts = new Map<string, number>();
  for (const s of submitted) counts.set(s.assignmentId, (counts.get(s.assignmentId) ?? 0) + 1);
  return assignments.map((a) => ({ ...a, submittedStudents: counts.get(a.id) ?? 0 }));
}
