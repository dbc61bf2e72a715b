import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db/client";

/** The classes a student is in (not removed from), with their instructor and number of assignments. */
export async function listMyClasses(user: SessionUser) {
  const rows = await db.enrollment.findMany({
    where: { userId: user.id, removedAt: null, class: { archivedAt: null } },
    orderBy: [{ joinedAt: "desc" }, { id: "asc" }],
    select: {
      joinedAt: true,
      class: {
        select: {
          id: true,
          name: true,
          instructor: { select: { name: true, email: true } },
          _count: { select: { assignments: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    id: r.class.id,
    name: r.class.name,
    instructorName: r.class.instructor.name ?? r.class.instructor.email,
    assignmentCount: r.class._count.assignments,
    joinedAt: r.joinedAt,
  }));
}
