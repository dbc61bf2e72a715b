import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatQuestionsCsv, parseQuestionsCsv, type CsvQuestion } from "./question-csv";

const sample: CsvQuestion[] = [
  { id: "q_1", type: "multiple_choice", prompt: "Which year? In _____, it began.", answer: "1953", options: ["1950", "1953", "1951", "1949"], explanation: "Because, \"quoted\".", difficulty: 0.35, status: "approved", sourceSentence: "In 1953, it began." },
  { id: "q_2", type: "true_false", prompt: "True or false? Café, naïve; 東京.", answer: "False", options: ["True", "False"], explanation: "", difficulty: 0.2, status: "pending", sourceSentence: "" },
  { type: "typed", prompt: "Line one\nline two", answer: "Paris", options: [], explanation: "", difficulty: 0.5, status: "rejected", sourceSentence: "" },
];

describe("question CSV", () => {
  it("exports with a UTF-8 byte-order mark and a header row, and imports what it exported", () => {
    const csv = formatQuestionsCsv(sample);
    expect(csv.startsWith("\uFEFFid,type,prompt,answer,options,explanation,difficulty,status,source_sentence\r\n")).toBe(true);
    const { questions, errors } = parseQuestionsCsv(csv);
    expect(errors).toEqual([]);
    expect(questions).toEqual(sample);
  });

  it("accepts semicolons, no BOM, loose headers and defaults", () => {
    const csv = "Type;Prompt;Answer;Options\nmultiple choice;Pick one;b;a | b | c\ncloze;The _____ is red.;apple;\n";
    const { questions, errors } = parseQuestionsCsv(csv);
    expect(errors).toEqual([]);
    expect(questions).toEqual([
      { type: "multiple_choice", prompt: "Pick one", answer: "b", options: ["a", "b", "c"], explanation: "", difficulty: 0.5, status: "pending", sourceSentence: "" },
      { type: "cloze", prompt: "The _____ is red.", answer: "apple", options: [], explanation: "", difficulty: 0.5, status: "pending", sourceSentence: "" },
    ]);
  });

  it("reports bad rows by line and keeps the good ones", () => {
    const csv = [
      "type,prompt,answer,options,difficulty,status",
      "essay,Write,x,,,",
      "multiple_choice,Pick,z,a | b,,",
      "true_false,Sky is green,Maybe,,,",
      "typed,,x,,,",
      "cloze,Fine _____.,one,,2,",
      "flashcard,Front,Back,,0.4,done",
      "flashcard,Front,Back,,0.4,approved",
    ].join("\n");
    const { questions, errors } = parseQuestionsCsv(csv);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(errors[1]!.message).toMatch(/answer must be one of the options/);
    expect(questions).toHaveLength(1);
  });

  it("refuses files without the needed columns or that are not CSV", () => {
    expect(parseQuestionsCsv("question,reply\nA,B\n").errors[0]!.message).toMatch(/no "type" column/);
    expect(parseQuestionsCsv('type,prompt,answer\n"unterminated,x,y\n').errors[0]!.message).toMatch(/not a readable CSV/);
    expect(parseQuestionsCsv("")).toEqual({ questions: [], errors: [] });
  });

  it("round-trips arbitrary text (property)", () => {
    const cell = fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0 && !s.includes("|"));
    fc.assert(
      fc.property(cell, cell, cell, (prompt, answer, explanation) => {
        const q: CsvQuestion = { id: "x", type: "typed", prompt: prompt.trim(), answer: answer.trim(), options: [], explanation: explanation.trim(), difficulty: 0.5, status: "pending", sourceSentence: "" };
        const { questions, errors } = parseQuestionsCsv(formatQuestionsCsv([q]));
        expect(errors).toEqual([]);
        expect(questions).toEqual([q]);
      }),
      { numRuns: 300 },
    );
  });
});
