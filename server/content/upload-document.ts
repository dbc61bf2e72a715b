import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { DocumentTextError, extractDocumentText, MAX_UPLOAD_BYTES } from "@/lib/content/extract-document-text";
import { parseDocument, slugify, type ParsedDocument } from "@/lib/content/parse-document";
import { generateQuestions } from "@/lib/generate/generate-questions";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "./ids";
import { saveDocumentSections } from "./save-document-sections";
import { saveGeneratedQuestions } from "./save-generated-questions";
import { hashBody } from "./hash-body";

export const uploadDocumentInput = z
  .object({
    fileName: z.string().trim().min(1, "Choose a file.").max(200),
    bytes: z.instanceof(Uint8Array),
    courseId: rowIdSchema.optional(),
    newCourseTitle: z.string().trim().max(120).optional(),
    title: z.string().trim().max(200).optional(),
  })
  .refine((v) => Boolean(v.courseId) !== Boolean(v.newCourseTitle), {
    path: ["course"],
    message: "Choose one of your courses or name a new one.",
  });

const REASON_CODE = {
  too_large: "PAYLOAD_TOO_LARGE",
  empty: "INVALID_INPUT",
  unsupported: "UNSUPPORTED_MEDIA_TYPE",
  unreadable: "INVALID_INPUT",
} as const;

async function uniqueCourseSlug(title: string): Promise<string> {
  const base = slugify(title) || "course";
  for (let i = 0; i < 5; i++) {
    const slug = i === 0 ? base : `${base}-${randomUUID().slice(0, 6)}`;
    if (!(await db.course.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
  return `${base}-${randomUUID()}`;
}

/**
 * An instructor uploads a document (.txt, .md, .pdf, .docx — the type is sniffed from the bytes) into a course they
 * own or a new one. The document, its sections and a draft question set owned by the instructor are created, with
 * the generated questions pending review; the course's other documents feed the distractors.
 */
export async function uploadDocument(user: SessionUser, input: z.input<typeof uploadDocumentInput>, now: Date) {
  if (user.role === "student") throw new AppError("FORBIDDEN", "Only instructors can upload documents.");
  const data = uploadDocumentInput.parse(input);
  if (data.bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Split it or upload a shorter document.`);
  }
  let text: string;
  try {
    text = (await extractDocumentText(data.bytes)).text;
  } catch (error) {
    if (error instanceof DocumentTextError) throw new AppError(REASON_CODE[error.reason], error.message, { file: [error.message] });
    throw error;
  }
  const parsed = parseDocument(text, data.fileName);
  const title = data.title || parsed.title;

  const course = data.courseId
    ? await db.course.findFirst({ where: { id: data.courseId, ownerId: user.id }, select: { id: true, slug: true, title: true } })
    : await db.course.create({
        data: { slug: await uniqueCourseSlug(data.newCourseTitle!), title: data.newCourseTitle!, ownerId: user.id },
        select: { id: true, slug: true, title: true },
      });
  if (!course) throw new AppError("NOT_FOUND", "No such course of yours.", { courseId: ["No such course of yours."] });

  const siblings = await db.document.findMany({
    where: { courseId: course.id },
    select: { slug: true, title: true, position: true, body: true, sections: { orderBy: { position: "asc" }, select: { position: true, heading: true, start: true, end: true } } },
  });
  const taken = new Set(siblings.map((d) => d.slug));
  let slug = parsed.slug;
  for (let n = 2; taken.has(slug); n++) slug = `${parsed.slug}-${n}`;
  const position = siblings.reduce((max, d) => Math.max(max, d.position), 0) + 1;
  const doc: ParsedDocument = { ...parsed, slug, title, course: course.slug, courseTitle: course.title, order: position };
  const corpus: ParsedDocument[] = [
    ...siblings.map((d) => ({ slug: d.slug, title: d.title, course: course.slug, courseTitle: course.title, order: d.position, body: d.body, sections: d.sections })),
    doc,
  ];
  const questions = generateQuestions(corpus, { only: [slug] });

  return db.$transaction(
    async (tx) => {
      const document = await tx.document.create({
        data: {
          courseId: course.id,
          slug,
          title,
          position,
          body: doc.body,
          contentHash: hashBody(doc.body),
          sourceName: data.fileName,
          uploadedById: user.id,
        },
        select: { id: true },
      });
      const sections = await saveDocumentSections(tx, document.id, doc.sections);
      const set = await tx.questionSet.create({
        data: { courseId: course.id, documentId: document.id, title, status: "draft", ownerId: user.id, createdAt: now },
        select: { id: true },
      });
      const saved = await saveGeneratedQuestions(tx, { questionSetId: set.id, documentId: document.id, sections, questions, status: "pending" });
      return { setId: set.id, courseSlug: course.slug, documentSlug: slug, questionCount: saved.created };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
