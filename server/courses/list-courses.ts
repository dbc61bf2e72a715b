import "server-only";
import { db } from "@/server/db/client";
import type { SessionUser } from "@/server/auth/session-user";

/**
 * Courses a user may open: every course with a published question set, plus, for instructors, courses they own.
 * Counts only what the user may see (students: published sets).
 */
export async function listCourses(user: SessionUser) {
  const isStaff = user.role !== "student";
  const courses = await db.course.findMany({
    where: isStaff
      ? { OR: [{ questionSets: { some: { status: "published" } } }, { ownerId: user.id }] }
      : { questionSets: { some: { status: "published" } } },
    orderBy: { title: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      _count: { select: { documents: true, questionSets: { where: { status: "published" } } } },
    },
  });
  return courses.map(({ _count, ...course }) => ({
    ...course,
    documentCount: _count.documents,
    publishedSetCount: _count.questionSets,
  }));
}
