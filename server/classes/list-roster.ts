import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db/client";
import { getTaughtClass } from "./get-taught-class";

/** A class's students (instructor only): current ones by name, then those removed. */
export async function listRoster(user: SessionUser, classIdInput: unknown) {
  const cls = await getTaughtClass(user, classIdInput);
  const rows = await db.enrollment.findMany({
    where: { classId: cls.id, class: { instructorId: user.id } },
    orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
    select: { joinedAt: true, removedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    (a.user.name ?? a.user.email).localeCompare(b.user.name ?? b.user.email) || a.user.email.localeCompare(b.user.email);
  return {
    students: rows.filter((r) => r.removedAt === null).sort(byName),
    removed: rows.filter((r) => r.removedAt !== null).sort(byName),
  };
}
