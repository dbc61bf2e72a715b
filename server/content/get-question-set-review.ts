import "server-only";
import { z } from "zod";
import { db } from "@/server/db/client";
import type { SessionUser } from "@/server/auth/session-user";
import { getOwnedQuestionSet } from "./get-owned-question-set";

export const reviewFilterSchema = z.object({
  status: z.enum(["all", "pending", "approved", "rejected"]).catch("all"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export const REVIEW_PAGE_SIZE = 25;
const CONTEXT_CHARS = 220;

/** The text around a source sentence: what comes before and after it in the document, cut at word boundaries. */
function contextOf(body: string, start: number, end: number) {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(body.length, end + CONTEXT_CHARS);
  let before = body.slice(from, start);
  let after = body.slice(end, to);
  if (from > 0) before = `…${before.replace(/^\S*\s/, "")}`;
  if (to < body.length) after = `${after.replace(/\s\S*$/, "")}…`;
  return { before, sentence: body.slice(start, end), after };
}

/**
 * One page of a set's questions for its owner to review, each with its source sentence in context (the text
 * around it in the document), plus counts by status.
 */
export async function getQuestionSetReview(user: SessionUser, setId: unknown, filterInput: unknown) {
  const set = await getOwnedQuestionSet(user, setId);
  const filter = reviewFilterSchema.parse(filterInput ?? {});
  const where = { questionSetId: set.id, ...(filter.status === "all" ? {} : { status: filter.status }) };
  const [details, counts, total, questions] = await Promise.all([
    db.questionSet.findUniqueOrThrow({
      where: { id: set.id },
      select: { course: { select: { slug: true, title: true } }, document: { select: { id: true, title: true, slug: true, sourceName: true } } },
    }),
    db.question.groupBy({ by: ["status"], where: { questionSetId: set.id }, _count: { _all: true } }),
    db.question.count({ where }),
    db.question.findMany({
      where,
      orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * REVIEW_PAGE_SIZE,
      take: REVIEW_PAGE_SIZE,
      select: {
        id: true,
        type: true,
        prompt: true,
        answer: true,
        options: true,
        explanation: true,
        difficulty: true,
        status: true,
        origin: true,
        sourceSentence: true,
        sourceStart: true,
        sourceEnd: true,
        sourceDocumentId: true,
        sourceSection: { select: { heading: true } },
      },
    }),
  ]);
  const documentIds = [...new Set(questions.map((q) => q.sourceDocumentId).filter((id): id is string => Boolean(id)))];
  const bodies = new Map(
    (await db.document.findMany({ where: { id: { in: documentIds }, courseId: set.courseId }, select: { id: true, body: true } })).map((d) => [d.id, d.body]),
  );
  const byStatus = { pending: 0, approved: 0, rejected: 0 };
  for (const c of counts) byStatus[c.status] = c._count._all;
  return {
    set: { ...set, ...details },
    filter,
    counts: byStatus,
    total,
    pageCount: Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE)),
    questions: questions.map((q) => {
      const body = q.sourceDocumentId ? bodies.get(q.sourceDocumentId) : undefined;
      const hasSource = body !== undefined && q.sourceStart !== null && q.sourceEnd !== null && body.slice(q.sourceStart, q.sourceEnd) === q.sourceSentence;
      return {
        id: q.id,
        type: q.type,
        prompt: q.prompt,
        answer: q.answer,
        options: Array.isArray(q.options) ? (q.options as unknown[]).map(String) : [],
        explanation: q.explanation,
        difficulty: q.difficulty,
        status: q.status,
        origin: q.origin,
        section: q.sourceSection?.heading ?? null,
        source: hasSource ? contextOf(body, q.sourceStart!, q.sourceEnd!) : q.sourceSentence ? { before: "", sentence: q.sourceSentence, after: "" } : null,
      };
    }),
  };
}
