import "server-only";
import { db } from "@/server/db/client";
import type { SessionUser } from "@/server/auth/session-user";
import { listCourses } from "@/server/courses/list-courses";

/** What the dashboard shows: a student's courses and classes; an instructor's classes and question sets. */
export async function getDashboard(user: SessionUser) {
  const [courses, classes, questionSets] = await Promise.all([
    listCourses(user),
    user.role === "student"
      ? db.enrollment
          .findMany({
            where: { userId: user.id, removedAt: null },
            orderBy: { joinedAt: "desc" },
            select: { class: { select: { id: true, name: true, instructor: { select: { name: true } } } } },
          })
          .then((rows) => rows.map((row) => ({ id: row.class.id, name: row.class.name, detail: `Instructor: ${row.class.instructor.name ?? "—"}` })))
      : db.class
          .findMany({
            where: { instructorId: user.id, archivedAt: null },
            orderBy: { createdAt: "desc" },
            select: { id: true, name: true, _count: { select: { enrollments: { where: { removedAt: null } } } } },
          })
          .then((rows) => rows.map((row) => ({ id: row.id, name: row.name, detail: `${row._count.enrollments} students` }))),
    user.role === "student"
      ? Promise.resolve([])
      : db.questionSet.findMany({
          where: { ownerId: user.id },
          orderBy: { updatedAt: "desc" },
          select: { id: true, title: true, status: true, _count: { select: { questions: true } } },
        }),
  ]);
  return {
    courses,
    classes,
    questionSets: questionSets.map(({ _count, ...set }) => ({ ...set, questionCount: _count.questions })),
  };
}
