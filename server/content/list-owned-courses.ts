import "server-only";
import { db } from "@/server/db/client";
import type { SessionUser } from "@/server/auth/session-user";

/** Courses this instructor owns (the ones they may add documents to). */
export async function listOwnedCourses(user: SessionUser) {
  return db.course.findMany({ where: { ownerId: user.id }, orderBy: { title: "asc" }, select: { id: true, slug: true, title: true } });
}
