import "server-only";
import { z } from "zod";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { SessionUser } from "@/server/auth/session-user";
import { getCourse } from "./get-course";

const documentSlugSchema = z.string().trim().min(1).max(160).regex(/^[a-z0-9-]+$/);

/** A document's text split into its sections, for reading; visible to whoever may see its course. */
export async function getDocument(user: SessionUser, courseSlug: string, documentSlugInput: string) {
  const course = await getCourse(user, courseSlug);
  const parsed = documentSlugSchema.safeParse(documentSlugInput);
  if (!parsed.success) throw new AppError("NOT_FOUND", "No such document.");
  const document = await db.document.findFirst({
    where: {
      courseId: course.id,
      slug: parsed.data,
      // unpublished documents stay hidden from everyone but their uploader
      OR: [{ questionSets: { some: { status: "published" } } }, ...(user.role === "student" ? [] : [{ uploadedById: user.id }])],
    },
    select: {
      id: true,
      title: true,
      body: true,
      sections: { orderBy: { position: "asc" }, select: { id: true, heading: true, start: true, end: true } },
    },
  });
  if (!document) throw new AppError("NOT_FOUND", "No such document.");
  const sections = document.sections.length
    ? document.sections.map((section) => ({ ...section, text: document.body.slice(section.start, section.end) }))
    : [{ id: "whole", heading: document.title, start: 0, end: document.body.length, text: document.body }];
  return { course: { slug: course.slug, title: course.title }, id: document.id, title: document.title, sections };
}
