import { describe, expect, it } from "vitest";
import { checkQuestion, factKeys } from "./filter-questions";
import type { QuestionCandidate } from "./types";

const sentence = "The ANZUS Treaty was signed by Australia, New Zealand and the United States in 1951.";
const body = `Intro. ${sentence}`;
const start = body.indexOf(sentence);

function candidate(over: Partial<QuestionCandidate["question"]>, extra: Partial<QuestionCandidate> = {}): QuestionCandidate {
  return {
    question: {
      id: "q_x",
      type: "cloze",
      prompt: "The ANZUS Treaty was signed by Australia, New Zealand and the United States in _____.",
      answer: "1951",
      options: [],
      explanation: "Source",
      difficulty: 0.5,
      source: { document: "d", section: "S", sentence, start, end: start + sentence.length },
      ...over,
    },
    tested: over.answer ?? "1951",
    testedKey: "1951",
    fact: "",
    wrong: [],
    aliases: [over.answer ?? "1951"],
    ...extra,
  };
}

describe("checkQuestion (quality filter)", () => {
  it("accepts a grounded cloze", () => {
    expect(checkQuestion(candidate({}), body)).toBeNull();
  });

  it("rejects an answer that is not in the cited sentence", () => {
    expect(checkQuestion(candidate({ answer: "1953" }, { tested: "1953" }), body)).toMatch(/not in the source sentence/);
  });

  it("rejects offsets that do not slice to the sentence", () => {
    const c = candidate({});
    c.question.source = { ...c.question.source, start: start + 1, end: start + 1 + sentence.length };
    expect(checkQuestion(c, body)).toMatch(/offsets/);
  });

  it.each(["the", "by", "and", "It", "various", "role"])("rejects the blank %s", (word) => {
    const text = `This is ${word} here today.`;
    const b = `${text}`;
    const c = candidate(
      {
        answer: word,
        prompt: "This is _____ here today.",
        source: { document: "d", section: "S", sentence: text, start: 0, end: text.length },
      },
      { tested: word },
    );
    expect(checkQuestion(c, b)).toMatch(/stopword|vague/);
  });

  it("rejects prompts that give the answer away", () => {
    const c = candidate({ prompt: `${sentence.replace("1951", "_____")} (1951)` });
    expect(checkQuestion(c, body)).toMatch(/gives the answer away/);
    const alias = candidate({ answer: "United States", prompt: "Signed by the US and _____." }, { tested: "United States", aliases: ["United States", "US"] });
    expect(checkQuestion(alias, body)).toMatch(/gives the answer away/);
  });

  it("requires four distinct options with exactly one correct for multiple choice", () => {
    const mc = (options: string[], wrong = options.filter((o) => o !== "1951")) =>
      candidate({ type: "multiple_choice", options }, { wrong });
    expect(checkQuestion(mc(["1951", "1949", "1950", "1953"]), body)).toBeNull();
    expect(checkQuestion(mc(["1951", "1949", "1950"]), body)).toMatch(/four options/);
    expect(checkQuestion(mc(["1951", "1949", "1949", "1953"]), body)).toMatch(/duplicate/);
    expect(checkQuestion(mc(["1949", "1950", "1952", "1953"]), body)).toMatch(/exactly one/);
  });

  it("rejects a wrong option that is also in the source sentence", () => {
    const c = candidate(
      { type: "multiple_choice", answer: "Australia", prompt: "Signed by _____, New Zealand and the United States.", options: ["Australia", "Japan", "New Zealand", "Canada"] },
      { tested: "Australia", wrong: ["Japan", "New Zealand", "Canada"], aliases: ["Australia"] },
    );
    expect(checkQuestion(c, body)).toMatch(/also in the source sentence/);
  });

  it("checks true/false statements", () => {
    const tf = (answer: string, wrong: string[]) =>
      candidate({ type: "true_false", answer, options: ["True", "False"], prompt: "True or false? ..." }, { tested: "1951", wrong });
    expect(checkQuestion(tf("False", ["1949"]), body)).toBeNull();
    expect(checkQuestion(tf("True", []), body)).toBeNull();
    expect(checkQuestion(tf("False", ["Australia"]), body)).toMatch(/also in the source/);
    expect(checkQuestion(tf("Maybe", []), body)).toMatch(/answer/);
  });

  it("gives the same fact the same key", () => {
    const a = candidate({}, { fact: "n:anzus treaty" });
    const b = candidate({ prompt: "Other wording of _____." }, { fact: "n:anzus treaty" });
    expect(factKeys(a).some((k) => factKeys(b).includes(k))).toBe(true);
    const c = candidate({ type: "typed" }, { fact: "n:anzus treaty" });
    expect(factKeys(a).some((k) => factKeys(c).includes(k))).toBe(false);
  });
});
