/**
 * Hostile CSV (issue 6), beside question-csv.test.ts (whose round-trip property covers plain text): arbitrary input
 * never throws and yields only valid questions; cells full of delimiters, quotes, line breaks and formula triggers
 * round-trip; no exported cell can run as a spreadsheet formula; size limits hold.
 */
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { QUESTION_TYPES } from "../generate/types";
import { formatQuestionsCsv, MAX_CSV_ROWS, parseQuestionsCsv, questionContentSchema, type CsvQuestion } from "./question-csv";

const structural = fc.constantFrom(",", ";", '"', "\n", "\r\n", "\r", "|", "\uFEFF", "=", "+", "-", "@", "\t", "'", " ", "a", "é", "東", "🦊", "\u0000");
const hostileText = fc.array(structural, { maxLength: 60 }).map((parts) => parts.join(""));

describe("parseQuestionsCsv on arbitrary input", () => {
  it("never throws, and everything it returns is a valid question", () => {
    const header = fc.constantFrom("", "type,prompt,answer,options\n", "type;prompt;answer;options;difficulty;status\n", "\uFEFFid,type,prompt,answer\n");
    fc.assert(
      fc.property(header, fc.oneof(hostileText, fc.string({ unit: "binary", maxLength: 400 })), (head, body) => {
        const { questions, errors } = parseQuestionsCsv(head + body);
        for (const question of questions) {
          expect(questionContentSchema.safeParse(question).success).toBe(true);
          expect(question.difficulty).toBeGreaterThanOrEqual(0);
          expect(question.difficulty).toBeLessThanOrEqual(1);
          expect(["pending", "approved", "rejected"]).toContain(question.status);
          expect(QUESTION_TYPES).toContain(question.type);
          expect(JSON.stringify(question)).not.toContain("\\u0000"); // PostgreSQL refuses NUL in text
        }
        for (const error of errors) {
          expect(error.line).toBeGreaterThanOrEqual(0);
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("drops NUL characters, which PostgreSQL cannot store", () => {
    expect(parseQuestionsCsv("type,prompt,answer\nflashcard,Fr\u0000ont,Ba\u0000ck\n").questions).toMatchObject([{ prompt: "Front", answer: "Back" }]);
  });

  it("refuses more than MAX_CSV_ROWS rows and overlong cells with a message, quickly", () => {
    const many = `type,prompt,answer\n${"flashcard,Front,Back\n".repeat(MAX_CSV_ROWS + 1)}`;
    const started = performance.now();
    expect(parseQuestionsCsv(many)).toEqual({ questions: [], errors: [{ line: 0, message: `At most ${MAX_CSV_ROWS} questions per file.` }] });
    const huge = parseQuestionsCsv(`type,prompt,answer\nflashcard,${"x".repeat(1_000_000)},Back\n`);
    expect(huge.questions).toEqual([]);
    expect(huge.errors[0]?.line).toBe(2);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe("export", () => {
  const cell = hostileText.map((s) => s.replaceAll("|", "").replaceAll("\u0000", "").trim()).filter((s) => s.length > 0);
  const question = fc.record({
    prompt: cell,
    answer: cell,
    explanation: fc.oneof(fc.constant(""), cell),
    sourceSentence: fc.oneof(fc.constant(""), cell),
  });

  it("round-trips cells full of delimiters, quotes, line breaks and formula triggers", () => {
    fc.assert(
      fc.property(question, (q) => {
        const original: CsvQuestion = { id: "q1", type: "typed", options: [], difficulty: 0.5, status: "approved", ...q, explanation: q.explanation, sourceSentence: q.sourceSentence };
        const { questions, errors } = parseQuestionsCsv(formatQuestionsCsv([original]));
        expect(errors).toEqual([]);
        // source_sentence is trimmed on import, like every text column
        expect(questions).toEqual([{ ...original, sourceSentence: original.sourceSentence.trim() }]);
      }),
      { numRuns: 500 },
    );
  });

  it("never writes a cell a spreadsheet would run as a formula", () => {
    fc.assert(
      fc.property(question, fc.array(cell, { minLength: 2, maxLength: 4 }), (q, options) => {
        const choices = [...new Set(options.map((o) => o.toLowerCase()))].length === options.length ? options : ["a", "b"];
        const csv = formatQuestionsCsv([
          { id: "q1", type: "typed", options: [], difficulty: 0.5, status: "approved", ...q },
          { id: "q2", type: "multiple_choice", prompt: q.prompt, answer: choices[0]!, options: choices, explanation: "", difficulty: 0.5, status: "approved", sourceSentence: "" },
        ]);
        const rows = parse(csv.replace(/^\uFEFF/, ""), { relax_column_count: true }) as string[][];
        for (const row of rows) for (const value of row) expect(value, JSON.stringify(value)).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 500 },
    );
    expect(formatQuestionsCsv([{ type: "typed", prompt: '=HYPERLINK("http://evil.example","x")', answer: "-1", options: [], explanation: "@SUM(A1)", difficulty: 0.5, status: "pending", sourceSentence: "" }])).toContain(
      `"'=HYPERLINK(""http://evil.example"",""x"")",'-1`,
    );
  });
});
