import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db/client";
import { requireInstructor } from "./require-instructor";

/** The instructor's classes, newest first, with how many students (not removed) and assignments each has. */
export async function listTaughtClasses(user: SessionUser) {
  requireInstructor(user);
  const classes = await db.class.findMany({
    where: { instructorId: user.id, archivedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      joinCode: true,
      createdAt: true,
      _count: { select: { enrollments: { where: { removedAt: null } }, assignments: true } },
    },
  });
  return classes.map(({ _count, ...c }) => ({ ...c, studentCount: _count.enrollments, assignmentCount: _count.assignments }));
}
