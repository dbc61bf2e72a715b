import "server-only";
import path from "node:path";
import { z } from "zod";
import { readContentFolder, type ContentDocument } from "@/lib/content/read-content-folder";
import { generateQuestions } from "@/lib/generate/generate-questions";
import { db } from "@/server/db/client";
import { hashBody } from "./hash-body";
import { saveDocumentSections } from "./save-document-sections";
import { saveGeneratedQuestions, type SaveReport } from "./save-generated-questions";

export const syncCourseContentInput = z.object({
  /** The content folder (default: ./content). */
  root: z.string().min(1).optional(),
  /** Regenerate even documents whose text did not change (e.g. after a generator update). */
  force: z.boolean().default(false),
});

export interface SyncReport {
  courses: number;
  documents: number;
  /** Documents whose questions were (re)generated. */
  generated: number;
  questions: SaveReport;
}

/**
 * Loads content/ into the database: one Course per course slug, a Document (with its Sections) per file, and per
 * document one generated QuestionSet, published, its questions approved. Idempotent: a course whose documents are
 * all unchanged (same sha256 of the body) is left alone. When a document changed, the whole course is regenerated
 * (distractors come from every document of the course) and questions are upserted by (questionSetId, contentId):
 * students' cards and review logs stay on every question whose generated id is unchanged; questions that disappeared
 * are deleted, or marked rejected when someone has studied them. A content document that was removed has its set
 * unpublished (back to draft), keeping its history.
 */
export async function syncCourseContent(input: z.input<typeof syncCourseContentInput>, now: Date): Promise<SyncReport> {
  const { root, force } = syncCourseContentInput.parse(input);
  const docs = readContentFolder(root ?? path.join(process.cwd(), "content"));
  const report: SyncReport = {
    courses: 0,
    documents: docs.length,
    generated: 0,
    questions: { created: 0, updated: 0, unchanged: 0, deleted: 0, retired: 0 },
  };
  const byCourse = new Map<string, ContentDocument[]>();
  for (const d of docs) byCourse.set(d.course, [...(byCourse.get(d.course) ?? []), d]);

  for (const [slug, courseDocs] of byCourse) {
    report.courses++;
    const title = courseDocs[0]!.courseTitle;
    const course = await db.course.upsert({
      where: { slug },
      create: { slug, title },
      update: { title },
      select: { id: true, ownerId: true },
    });
    if (course.ownerId !== null) throw new Error(`course "${slug}" belongs to a user; content/ cannot overwrite it`);
    const stored = await db.document.findMany({
      where: { courseId: course.id },
      select: { id: true, slug: true, contentHash: true, sourceName: true, uploadedById: true, questionSets: { where: { ownerId: null }, select: { id: true } } },
    });
    const storedBySlug = new Map(stored.map((d) => [d.slug, d]));
    const changed =
      force ||
      courseDocs.some((d) => {
        const s = storedBySlug.get(d.slug);
        return !s || s.contentHash !== hashBody(d.body) || s.questionSets.length === 0;
      });

    // documents removed from content/: unpublish their generated sets
    const present = new Set(courseDocs.map((d) => d.slug));
    for (const s of stored) {
      if (present.has(s.slug) || s.uploadedById !== null) continue;
      await db.questionSet.updateMany({ where: { documentId: s.id, ownerId: null, status: "published" }, data: { status: "draft", publishedAt: null } });
    }
    if (!changed) continue;

    const questions = generateQuestions(courseDocs);
    for (const doc of courseDocs) {
      const own = questions.filter((q) => q.source.document === doc.slug);
      const saved = await db.$transaction(
        async (tx) => {
          const document = await tx.document.upsert({
            where: { courseId_slug: { courseId: course.id, slug: doc.slug } },
            create: {
              courseId: course.id,
              slug: doc.slug,
              title: doc.title,
              position: doc.order,
              body: doc.body,
              contentHash: hashBody(doc.body),
              sourceName: doc.sourceName,
            },
            update: { title: doc.title, position: doc.order, body: doc.body, contentHash: hashBody(doc.body), sourceName: doc.sourceName },
            select: { id: true },
          });
          const sections = await saveDocumentSections(tx, document.id, doc.sections);
          let set = await tx.questionSet.findFirst({ where: { documentId: document.id, ownerId: null }, select: { id: true, status: true } });
          if (!set) {
            set = await tx.questionSet.create({
              data: { courseId: course.id, documentId: document.id, title: doc.title, status: "published", publishedAt: now },
              select: { id: true, status: true },
            });
          } else {
            await tx.questionSet.update({
              where: { id: set.id },
              data: { title: doc.title, ...(set.status === "published" ? {} : { status: "published", publishedAt: now }) },
            });
          }
          return saveGeneratedQuestions(tx, {
            questionSetId: set.id,
            documentId: document.id,
            sections,
            questions: own,
            status: "approved",
            forceStatus: true,
          });
        },
        { timeout: 120_000, maxWait: 30_000 },
      );
      report.generated++;
      for (const key of Object.keys(saved) as (keyof SaveReport)[]) report.questions[key] += saved[key];
    }
  }
  return report;
}
