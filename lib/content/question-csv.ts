/**
 * CSV import and export of a question set. One row per question; header row required on import.
 * Columns: id, type, prompt, answer, options, explanation, difficulty, status, source_sentence.
 * - options: the choices separated by " | " (multiple choice: 2..8, one of them the answer; true/false: True | False;
 *   empty otherwise);
 * - id: optional on import; a row with the id of a question already in the set updates it (re-importing an export
 *   does not duplicate anything);
 * - status: pending | approved | rejected (empty: pending); difficulty 0..1 (empty: 0.5).
 * Export starts with a UTF-8 byte-order mark so spreadsheet programs read accents right; import accepts files with
 * or without it, comma or semicolon separated.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { QUESTION_TYPES, type QuestionType } from "../generate/types";

export const CSV_COLUMNS = ["id", "type", "prompt", "answer", "options", "explanation", "difficulty", "status", "source_sentence"] as const;
export const OPTION_SEPARATOR = " | ";
export const MAX_CSV_ROWS = 2000;

export interface CsvQuestion {
  id?: string;
  type: QuestionType;
  prompt: string;
  answer: string;
  options: string[];
  explanation: string;
  difficulty: number;
  status: "pending" | "approved" | "rejected";
  sourceSentence: string;
}

const text = (max: number) => z.string().trim().max(max);

/** The rules every question obeys, whether typed in a form or imported. */
export const questionContentSchema = z
  .object({
    type: z.enum(QUESTION_TYPES as [QuestionType, ...QuestionType[]]),
    prompt: text(2000).min(1, "The prompt is empty."),
    answer: text(1000).min(1, "The answer is empty."),
    options: z.array(text(500).min(1)).max(8),
    explanation: text(4000).default(""),
  })
  .superRefine((q, ctx) => {
    if (q.type === "multiple_choice") {
      if (q.options.length < 2) ctx.addIssue({ code: "custom", path: ["options"], message: "Multiple choice needs at least two options." });
      if (new Set(q.options.map((o) => o.toLowerCase())).size !== q.options.length) {
        ctx.addIssue({ code: "custom", path: ["options"], message: "The options must all be different." });
      }
      if (!q.options.includes(q.answer)) ctx.addIssue({ code: "custom", path: ["answer"], message: "The answer must be one of the options." });
    } else if (q.type === "true_false") {
      if (q.answer !== "True" && q.answer !== "False") ctx.addIssue({ code: "custom", path: ["answer"], message: "The answer must be True or False." });
    } else if (q.options.length > 0) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "Only multiple choice and true/false questions have options." });
    }
  })
  .transform((q) => ({ ...q, options: q.type === "true_false" ? ["True", "False"] : q.type === "multiple_choice" ? q.options : [] }));

const rowSchema = z.object({
  id: text(64).regex(/^[A-Za-z0-9_-]*$/, "The id may only contain letters, digits, _ and -.").default(""),
  type: text(40).default(""),
  prompt: z.string().default(""),
  answer: z.string().default(""),
  options: z.string().default(""),
  explanation: z.string().default(""),
  difficulty: text(20).default(""),
  status: text(20).default(""),
  source_sentence: text(4000).default(""),
});

/**
 * Spreadsheet formula injection (issue 6; OWASP "CSV injection"): a cell starting with = + - @ tab or CR is run as a
 * formula when the export is opened in Excel or LibreOffice (e.g. `=HYPERLINK(...)` from an uploaded document's
 * sentence). Export prefixes such cells with an apostrophe, which spreadsheets show as text; import removes exactly
 * one, so every value round-trips (a value that itself starts with apostrophes before a trigger gets one more).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function escapeFormulaCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unescapeFormulaCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

export function splitOptions(cell: string): string[] {
  return cell
    .split("|")
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
}

export function formatQuestionsCsv(questions: CsvQuestion[]): string {
  const rows = questions.map((q) =>
    [q.id ?? "", q.type, q.prompt, q.answer, q.options.join(OPTION_SEPARATOR), q.explanation, String(q.difficulty), q.status, q.sourceSentence].map(
      escapeFormulaCell,
    ),
  );
  return `\uFEFF${stringify([Array.from(CSV_COLUMNS), ...rows], { record_delimiter: "\r\n" })}`;
}

export interface CsvParseResult {
  questions: CsvQuestion[];
  errors: { line: number; message: string }[];
}

export function parseQuestionsCsv(input: string): CsvParseResult {
  // NUL characters are dropped: PostgreSQL cannot store them in text (issue 6).
  const textIn = input.replace(/^\uFEFF/, "").replaceAll("\u0000", "");
  const firstLine = textIn.slice(0, textIn.indexOf("\n") === -1 ? textIn.length : textIn.indexOf("\n"));
  const delimiter = firstLine.split(";").length > firstLine.split(",").length ? ";" : ",";
  let records: Record<string, string>[];
  try {
    records = parse(textIn, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase().replace(/\s+/g, "_")),
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: false,
      bom: true,
    }) as Record<string, string>[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { questions: [], errors: [{ line: 0, message: `This is not a readable CSV file: ${message}` }] };
  }
  const errors: CsvParseResult["errors"] = [];
  const questions: CsvQuestion[] = [];
  if (records.length > MAX_CSV_ROWS) {
    return { questions: [], errors: [{ line: 0, message: `At most ${MAX_CSV_ROWS} questions per file.` }] };
  }
  const header = records[0] ? Object.keys(records[0]) : [];
  for (const required of ["type", "prompt", "answer"]) {
    if (records.length > 0 && !header.includes(required)) {
      return { questions: [], errors: [{ line: 1, message: `The header row has no "${required}" column.` }] };
    }
  }
  records.forEach((record, i) => {
    const line = i + 2;
    const row = rowSchema.safeParse(Object.fromEntries(Object.entries(record).map(([key, value]) => [key, typeof value === "string" ? unescapeFormulaCell(value) : value])));
    if (!row.success) {
      errors.push({ line, message: row.error.issues[0]?.message ?? "Invalid row." });
      return;
    }
    const r = row.data;
    const content = questionContentSchema.safeParse({
      type: r.type.toLowerCase().replace(/[\s-]+/g, "_"),
      prompt: r.prompt,
      answer: r.answer,
      options: splitOptions(r.options),
      explanation: r.explanation,
    });
    if (!content.success) {
      const issue = content.error.issues[0];
      errors.push({ line, message: issue ? `${issue.path.join(".") || "row"}: ${issue.message}` : "Invalid row." });
      return;
    }
    const difficulty = r.difficulty === "" ? 0.5 : Number(r.difficulty);
    if (!(difficulty >= 0 && difficulty <= 1)) {
      errors.push({ line, message: "difficulty: must be a number from 0 to 1." });
      return;
    }
    const status = (r.status.toLowerCase() || "pending") as CsvQuestion["status"];
    if (!["pending", "approved", "rejected"].includes(status)) {
      errors.push({ line, message: "status: must be pending, approved or rejected." });
      return;
    }
    questions.push({
      ...(r.id ? { id: r.id } : {}),
      ...content.data,
      difficulty,
      status,
      sourceSentence: r.source_sentence,
    });
  });
  return { questions, errors };
}
