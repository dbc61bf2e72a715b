import "server-only";
import { exportGradebookCsv } from "@/lib/quiz/export-gradebook-csv";
import { csvFileName } from "@/lib/quiz/write-spreadsheet-csv";
import type { SessionUser } from "@/server/auth/session-user";
import { rowIdSchema } from "@/server/content/ids";
import { getGradebook } from "./get-gradebook";

/** The class's gradebook as a CSV file (instructor only). */
export async function exportGradebook(user: SessionUser, classIdInput: unknown, now: Date): Promise<{ csv: string; fileName: string }> {
  const classId = rowIdSchema.parse(classIdInput);
  const { className, gradebook } = await getGradebook(user, classId, now);
  return { csv: exportGradebookCsv(gradebook), fileName: csvFileName(`${className} gradebook`, now) };
}
