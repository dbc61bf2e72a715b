import "server-only";
import { formatQuestionsCsv } from "@/lib/content/question-csv";
import { slugify } from "@/lib/content/parse-document";
import { db } from "@/server/db/client";
import type { SessionUser } from "@/server/auth/session-user";
import { getOwnedQuestionSet } from "./get-owned-question-set";

/** The set as CSV (UTF-8 with a byte-order mark), with a file name for the download. */
export async function exportQuestionSetCsv(user: SessionUser, setId: unknown) {
  const set = await getOwnedQuestionSet(user, setId);
  const questions = await db.question.findMany({
    where: { questionSetId: set.id },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { contentId: true, type: true, prompt: true, answer: true, options: true, explanation: true, difficulty: true, status: true, sourceSentence: true },
  });
  const csv = formatQuestionsCsv(
    questions.map((q) => ({
      id: q.contentId,
      type: q.type,
      prompt: q.prompt,
      answer: q.answer,
      options: Array.isArray(q.options) ? (q.options as unknown[]).map(String) : [],
      explanation: q.explanation,
      difficulty: q.difficulty,
      status: q.status,
      sourceSentence: q.sourceSentence,
    })),
  );
  return { csv, fileName: `${slugify(set.title) || "question-set"}.csv` };
}
