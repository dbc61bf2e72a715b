import "server-only";
import { z } from "zod";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { SessionUser } from "@/server/auth/session-user";

export const courseSlugSchema = z.string().trim().min(1).max(120).regex(/^[a-z0-9-]+$/, "Not a course address.");

/** A course with its documents and the question sets this user may see (students: published only). */
export async function getCourse(user: SessionUser, slugInput: string) {
  const parsed = courseSlugSchema.safeParse(slugInput);
  if (!parsed.success) throw new AppError("NOT_FOUND", "No such course.");
  const course = await db.course.findUnique({
    where: { slug: parsed.data },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      ownerId: true,
      documents: {
        // a document shows once one of its sets is published (its uploader sees it before)
        where: user.role === "student" ? { questionSets: { some: { status: "published" } } } : { OR: [{ questionSets: { some: { status: "published" } } }, { uploadedById: user.id }] },
        orderBy: [{ position: "asc" }, { title: "asc" }],
        select: { id: true, slug: true, title: true, position: true, _count: { select: { sections: true } } },
      },
      questionSets: {
        where: user.role === "student" ? { status: "published" } : { OR: [{ status: "published" }, { ownerId: user.id }] },
        orderBy: { title: "asc" },
        select: { id: true, title: true, status: true, documentId: true, _count: { select: { questions: { where: { status: "approved" } } } } },
      },
    },
  });
  const visible = course && (course.questionSets.some((set) => set.status === "published") || (user.role !== "student" && course.ownerId === user.id));
  if (!course || !visible) throw new AppError("NOT_FOUND", "No such course.");
  return {
    ...course,
    documents: course.documents.map(({ _count, ...doc }) => ({ ...doc, sectionCount: _count.sections })),
    questionSets: course.questionSets.map(({ _count, ...set }) => ({ ...set, questionCount: _count.questions })),
  };
}
