import "server-only";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import type { GeneratedQuestion } from "@/lib/generate/types";
import type { TransactionClient } from "@/server/db/client";

export interface SectionRef {
  id: string;
  start: number;
  end: number;
}

export interface SaveGeneratedQuestionsInput {
  questionSetId: string;
  documentId: string;
  sections: SectionRef[];
  questions: GeneratedQuestion[];
  /** Status of questions created now; existing ones keep theirs unless `forceStatus`. */
  status: "pending" | "approved";
  /** Set every kept question to `status` (content sets: always approved). */
  forceStatus?: boolean;
}

export interface SaveReport {
  created: number;
  updated: number;
  unchanged: number;
  /** Questions that disappeared and were deleted (nobody had studied or answered them). */
  deleted: number;
  /** Questions that disappeared but have study history: marked rejected so the history stays. */
  retired: number;
}

function sectionOf(sections: SectionRef[], start: number): string | null {
  for (const s of sections) if (s.start <= start && start < s.end) return s.id;
  return null;
}

/**
 * Writes a generator run into a question set, keyed by (questionSetId, contentId = generated id): a question whose id
 * is unchanged keeps its row (so every student's cards and review logs stay attached) and gets the new wording;
 * new ids are created; generated questions that disappeared are deleted, or marked rejected when someone has
 * studied or answered them. Questions written by hand or imported are never touched.
 */
export async function saveGeneratedQuestions(tx: TransactionClient, input: SaveGeneratedQuestionsInput): Promise<SaveReport> {
  const existing = await tx.question.findMany({
    where: { questionSetId: input.questionSetId, origin: "generated" },
    select: {
      id: true,
      contentId: true,
      type: true,
      prompt: true,
      answer: true,
      options: true,
      explanation: true,
      difficulty: true,
      status: true,
      position: true,
      sourceSentence: true,
      sourceStart: true,
      sourceEnd: true,
      sourceSectionId: true,
      sourceDocumentId: true,
    },
  });
  const byContentId = new Map(existing.map((q) => [q.contentId, q]));
  const report: SaveReport = { created: 0, updated: 0, unchanged: 0, deleted: 0, retired: 0 };
  const fresh = new Set<string>();
  const toCreate: Prisma.QuestionCreateManyInput[] = [];
  for (const [position, q] of input.questions.entries()) {
    fresh.add(q.id);
    const data = {
      type: q.type,
      prompt: q.prompt,
      answer: q.answer,
      options: q.options,
      explanation: q.explanation,
      difficulty: q.difficulty,
      position,
      sourceDocumentId: input.documentId,
      sourceSectionId: sectionOf(input.sections, q.source.start),
      sourceSentence: q.source.sentence,
      sourceStart: q.source.start,
      sourceEnd: q.source.end,
    };
    const old = byContentId.get(q.id);
    if (!old) {
      toCreate.push({ ...data, questionSetId: input.questionSetId, contentId: q.id, status: input.status, origin: "generated" });
      continue;
    }
    const status = input.forceStatus ? input.status : old.status;
    const same =
      old.type === data.type &&
      old.prompt === data.prompt &&
      old.answer === data.answer &&
      JSON.stringify(old.options) === JSON.stringify(data.options) &&
      old.explanation === data.explanation &&
      old.difficulty === data.difficulty &&
      old.position === data.position &&
      old.sourceSentence === data.sourceSentence &&
      old.sourceStart === data.sourceStart &&
      old.sourceEnd === data.sourceEnd &&
      old.sourceSectionId === data.sourceSectionId &&
      old.sourceDocumentId === data.sourceDocumentId &&
      old.status === status;
    if (same) {
      report.unchanged++;
      continue;
    }
    await tx.question.update({ where: { id: old.id }, data: { ...data, status } });
    report.updated++;
  }
  if (toCreate.length > 0) {
    await tx.question.createMany({ data: toCreate });
    report.created += toCreate.length;
  }
  const gone = existing.filter((q) => !fresh.has(q.contentId));
  if (gone.length > 0) {
    const ids = gone.map((q) => q.id);
    const used = new Set<string>();
    for (const rows of await Promise.all([
      tx.card.findMany({ where: { questionId: { in: ids } }, select: { questionId: true }, distinct: ["questionId"] }),
      tx.reviewLog.findMany({ where: { questionId: { in: ids } }, select: { questionId: true }, distinct: ["questionId"] }),
      tx.attemptAnswer.findMany({ where: { questionId: { in: ids } }, select: { questionId: true }, distinct: ["questionId"] }),
    ])) {
      for (const r of rows) used.add(r.questionId);
    }
    const retire = ids.filter((id) => used.has(id));
    const remove = ids.filter((id) => !used.has(id));
    if (retire.length > 0) {
      await tx.question.updateMany({ where: { id: { in: retire } }, data: { status: "rejected" } });
      report.retired += retire.length;
    }
    if (remove.length > 0) {
      await tx.question.deleteMany({ where: { id: { in: remove } } });
      report.deleted += remove.length;
    }
  }
  return report;
}
