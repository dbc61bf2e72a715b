import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { parseQuestionsCsv } from "@/lib/content/question-csv";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { SessionUser } from "@/server/auth/session-user";
import { getOwnedQuestionSet } from "./get-owned-question-set";
import { rowIdSchema } from "./ids";

export const MAX_CSV_BYTES = 2 * 1024 * 1024;
export const importQuestionSetCsvInput = z.object({ setId: rowIdSchema, csv: z.string().max(MAX_CSV_BYTES, "The CSV file is larger than 2 MB.") });

/**
 * Imports questions from CSV into a set the user owns. Rows with the id of a question already in the set update it
 * (so re-importing an exported file changes only what was edited); rows without an id get one derived from their
 * content, so importing the same file twice does not duplicate anything. Nothing is written if any row is invalid.
 */
export async function importQuestionSetCsv(user: SessionUser, input: unknown) {
  const { setId, csv } = importQuestionSetCsvInput.parse(input);
  const set = await getOwnedQuestionSet(user, setId);
  const { questions, errors } = parseQuestionsCsv(csv);
  if (errors.length > 0) {
    const shown = errors.slice(0, 5).map((e) => (e.line > 0 ? `Line ${e.line}: ${e.message}` : e.message));
    throw new AppError("INVALID_INPUT", `Nothing was imported. ${shown.join(" ")}${errors.length > 5 ? ` (${errors.length - 5} more)` : ""}`, { csv: shown });
  }
  if (questions.length === 0) throw new AppError("INVALID_INPUT", "The file has no questions.", { csv: ["The file has no questions."] });
  return db.$transaction(
    async (tx) => {
      const last = await tx.question.aggregate({ where: { questionSetId: set.id }, _max: { position: true } });
      let position = (last._max.position ?? -1) + 1;
      let created = 0;
      let updated = 0;
      for (const q of questions) {
        const contentId =
          q.id ?? `import-${createHash("sha256").update(`${q.type}\u0000${q.prompt}\u0000${q.answer}`).digest("hex").slice(0, 24)}`;
        const data = { type: q.type, prompt: q.prompt, answer: q.answer, options: q.options, explanation: q.explanation, difficulty: q.difficulty, status: q.status };
        const existing = await tx.question.findUnique({ where: { questionSetId_contentId: { questionSetId: set.id, contentId } }, select: { id: true } });
        if (existing) {
          await tx.question.update({ where: { id: existing.id }, data });
          updated++;
        } else {
          await tx.question.create({
            data: { ...data, questionSetId: set.id, contentId, origin: "imported", position: position++, sourceSentence: q.sourceSentence },
          });
          created++;
        }
      }
      return { created, updated };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
