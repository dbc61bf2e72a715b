import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument, type ParsedDocument } from "../content/parse-document";
import { readContentFolder } from "../content/read-content-folder";
import { classifyName } from "./classify-names";
import { generateQuestions } from "./generate-questions";
import { normalizeTerm } from "./normalize-term";
import type { GeneratedQuestion, QuestionType } from "./types";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(__dirname, "fixtures");

function fixture(name: string): ParsedDocument {
  return parseDocument(fs.readFileSync(path.join(FIXTURES, name), "utf8"), name);
}

function expectGrounded(questions: GeneratedQuestion[], docs: ParsedDocument[]): void {
  const bodies = new Map(docs.map((d) => [d.slug, d.body]));
  for (const q of questions) {
    const body = bodies.get(q.source.document);
    expect(body, q.id).toBeDefined();
    expect(body!.slice(q.source.start, q.source.end)).toBe(q.source.sentence);
    if (q.type === "true_false") {
      expect(q.options).toEqual(["True", "False"]);
      expect(["True", "False"]).toContain(q.answer);
      // the tested term is quoted in the explanation and stands in the sentence
      const quoted = /“([^”]+)”/.exec(q.explanation)?.[1];
      if (q.answer === "False") expect(q.source.sentence).toContain(quoted);
      else expect(q.prompt).toBe(`True or false? ${q.source.sentence}`);
    } else {
      expect(q.source.sentence, `${q.type} ${q.prompt}`).toContain(q.answer);
    }
    expect(q.difficulty).toBeGreaterThanOrEqual(0);
    expect(q.difficulty).toBeLessThanOrEqual(1);
    expect(q.id).toMatch(/^q_[0-9a-f]{32}$/);
    expect(q.explanation.length).toBeGreaterThan(0);
    expect(q.source.section.length).toBeGreaterThan(0);
    if (q.type === "multiple_choice") expect(q.options).toHaveLength(4);
    else if (q.type !== "true_false") expect(q.options).toEqual([]);
  }
}

describe("generateQuestions on the seed course", () => {
  let docs: ParsedDocument[];
  let questions: GeneratedQuestion[];
  beforeAll(() => {
    docs = readContentFolder(path.join(ROOT, "content")).filter((d) => d.course === "south-korea-defense");
    questions = generateQuestions(docs);
  });

  it("produces every question type", () => {
    const counts = new Map<QuestionType, number>();
    for (const q of questions) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
    for (const type of ["flashcard", "cloze", "multiple_choice", "true_false", "typed"] as const) {
      expect(counts.get(type) ?? 0, type).toBeGreaterThan(4);
    }
    expect(questions.length).toBeGreaterThan(200);
  });

  it("grounds every question in its cited sentence", () => {
    expectGrounded(questions, docs);
  });

  it("makes flashcards from acronym expansions and definitions", () => {
    const cards = questions.filter((q) => q.type === "flashcard");
    expect(cards).toContainEqual(
      expect.objectContaining({ prompt: "What does THAAD stand for?", answer: "Terminal High Altitude Area Defense" }),
    );
    expect(cards).toContainEqual(
      expect.objectContaining({ prompt: "What does NATO stand for?", answer: "North Atlantic Treaty Organization" }),
    );
    expect(cards).toContainEqual(
      expect.objectContaining({
        prompt: "What are bilateral defense agreements?",
        answer: expect.stringMatching(/^formal arrangements between South Korea/),
      }),
    );
  });

  it("makes cloze and typed questions with a blank where the answer was", () => {
    for (const q of questions.filter((x) => x.type === "cloze" || x.type === "typed")) {
      expect(q.prompt).toContain("_____");
      expect(q.prompt.toLowerCase()).not.toContain(` ${q.answer.toLowerCase()} `);
    }
    const typed = questions.filter((q) => q.type === "typed");
    expect(typed.length).toBeGreaterThan(4);
    for (const q of typed) expect(q.prompt).toMatch(/^Type the missing (year|date|number|percentage|amount|name|country|place|person|organization): /);
  });

  it("gives multiple choice exactly one correct option and three same-kind distractors", () => {
    const mcs = questions.filter((q) => q.type === "multiple_choice");
    expect(mcs.length).toBeGreaterThan(10);
    for (const q of mcs) {
      const keys = q.options.map((o) => normalizeTerm(o));
      expect(new Set(keys).size).toBe(4);
      expect(keys.filter((k) => k === normalizeTerm(q.answer))).toHaveLength(1);
      for (const wrong of q.options.filter((o) => o !== q.answer)) {
        // never also true in the source sentence
        expect(q.source.sentence.toLowerCase()).not.toContain(wrong.toLowerCase());
      }
    }
    const years = mcs.filter((q) => /^\d{4}$/.test(q.answer));
    for (const q of years) for (const o of q.options) expect(o).toMatch(/^\d{4}$/);
    const countries = mcs.filter((q) => classifyName(q.answer) === "country");
    expect(countries.length).toBeGreaterThan(3);
    for (const q of countries) for (const o of q.options) expect(classifyName(o), `${o} in ${q.options}`).toBe("country");
    const exercise = mcs.find((q) => ["Foal Eagle", "Key Resolve", "Exercise Talisman Sabre", "Ulchi Freedom Shield"].includes(q.answer));
    expect(exercise, "an exercise-name question").toBeDefined();
    expect(new Set(exercise!.options)).toEqual(
      new Set(["Foal Eagle", "Key Resolve", "Exercise Talisman Sabre", "Ulchi Freedom Shield"]),
    );
  });

  it("makes false statements by swapping in a same-kind term the source does not support", () => {
    const falses = questions.filter((q) => q.type === "true_false" && q.answer === "False");
    const trues = questions.filter((q) => q.type === "true_false" && q.answer === "True");
    expect(falses.length).toBeGreaterThan(5);
    expect(trues.length).toBeGreaterThan(5);
    for (const q of falses) {
      const [, original, swapped] = /“([^”]+)”, not “([^”]+)”/.exec(q.explanation) ?? [];
      expect(original && swapped, q.explanation).toBeTruthy();
      expect(q.source.sentence).toContain(original);
      expect(q.source.sentence).not.toContain(swapped);
      expect(q.prompt).toContain(swapped);
      if (/^\d{4}$/.test(original!)) expect(swapped).toMatch(/^\d{4}$/);
    }
  });

  it("does not test the same fact the same way twice in a document", () => {
    for (const doc of docs) {
      const own = questions.filter((q) => q.source.document === doc.slug);
      const prompts = own.map((q) => `${q.type}|${q.prompt}`);
      expect(new Set(prompts).size).toBe(prompts.length);
      const ids = own.map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("respects the type filter and the per-sentence cap", () => {
    const only = generateQuestions(docs, { types: ["cloze"], maxPerSentence: 1 });
    expect(only.length).toBeGreaterThan(50);
    expect(new Set(only.map((q) => q.type))).toEqual(new Set(["cloze"]));
    const perSentence = new Map<string, number>();
    for (const q of only) {
      const key = `${q.source.document}:${q.source.start}`;
      perSentence.set(key, (perSentence.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perSentence.values())).toBe(1);
    const capped = generateQuestions(docs, { maxPerSentence: 1 });
    expect(capped.length).toBeLessThan(questions.length);
  });

  it("emits questions for the `only` documents while the others still feed distractors", () => {
    const one = generateQuestions(docs, { only: [docs[1]!.slug] });
    expect(new Set(one.map((q) => q.source.document))).toEqual(new Set([docs[1]!.slug]));
    const fromAll = questions.filter((q) => q.source.document === docs[1]!.slug);
    expect(one.map((q) => q.id)).toEqual(fromAll.map((q) => q.id));
  });
});

describe("stable ids", () => {
  const doc = fixture("roman-republic.txt");

  it("gives the same questions and ids on the same input", () => {
    expect(generateQuestions([doc])).toEqual(generateQuestions([doc]));
  });

  it("does not depend on the sentence's position or offsets", () => {
    const before = generateQuestions([doc]);
    const shifted = { ...doc, body: `A new opening paragraph was added here.\n\n${doc.body}` };
    const shiftedDoc = parseDocument(`---\ntitle: ${doc.title}\n---\n${shifted.body}`, "roman-republic.txt");
    const after = generateQuestions([shiftedDoc]);
    const ids = new Set(after.map((q) => q.id));
    const kept = before.filter((q) => ids.has(q.id));
    expect(kept.length).toBeGreaterThan(before.length * 0.8);
    for (const q of kept) {
      const same = after.find((a) => a.id === q.id)!;
      expect(same.source.sentence).toBe(q.source.sentence);
      expect(same.source.start).toBeGreaterThan(q.source.start);
    }
  });

  it("keeps a sentence's ids when another sentence is edited", () => {
    const target = "Hannibal defeated the Romans at the Battle of Cannae in 216 BC.";
    const edited = parseDocument(
      fs
        .readFileSync(path.join(FIXTURES, "roman-republic.txt"), "utf8")
        .replace("Two consuls were elected every year and commanded the army.", "Two consuls were chosen each year to lead the legions."),
      "roman-republic.txt",
    );
    const idsOf = (qs: GeneratedQuestion[]) =>
      qs.filter((q) => q.source.sentence === target).map((q) => q.id).sort();
    const before = idsOf(generateQuestions([doc]));
    expect(before.length).toBeGreaterThan(0);
    expect(idsOf(generateQuestions([edited]))).toEqual(before);
  });

  it("changes the ids of an edited sentence", () => {
    const target = "Julius Caesar crossed the Rubicon river in 49 BC and started a civil war.";
    const edited = parseDocument(
      fs.readFileSync(path.join(FIXTURES, "roman-republic.txt"), "utf8").replace(target, target.replace("49 BC", "50 BC")),
      "roman-republic.txt",
    );
    const before = generateQuestions([doc]).filter((q) => q.source.sentence === target).map((q) => q.id);
    const after = new Set(generateQuestions([edited]).map((q) => q.id));
    expect(before.length).toBeGreaterThan(0);
    for (const id of before) expect(after.has(id)).toBe(false);
  });
});

describe("documents on other topics", () => {
  const biology = fixture("cell-biology.md");
  const history = fixture("roman-republic.txt");

  it("generates grounded questions of every kind from a science text", () => {
    const qs = generateQuestions([biology]);
    expectGrounded(qs, [biology]);
    expect(qs.length).toBeGreaterThan(25);
    expect(qs).toContainEqual(expect.objectContaining({ prompt: "What does DNA stand for?", answer: "Deoxyribonucleic acid" }));
    expect(qs).toContainEqual(expect.objectContaining({ prompt: "What does ATP stand for?", answer: "adenosine triphosphate" }));
    expect(qs).toContainEqual(
      expect.objectContaining({ type: "flashcard", prompt: "What is photosynthesis?", answer: expect.stringContaining("converts light energy") }),
    );
    expect(qs.some((q) => q.type === "typed" && /^1[68]\d\d$/.test(q.answer))).toBe(true);
    expect(new Set(qs.map((q) => q.source.section))).toContain("Photosynthesis");
  });

  it("generates grounded questions with same-kind distractors from a history text", () => {
    const qs = generateQuestions([history]);
    expectGrounded(qs, [history]);
    expect(qs.length).toBeGreaterThan(25);
    const eraYears = qs.filter((q) => q.type === "multiple_choice" && / BC$/.test(q.answer));
    expect(eraYears.length).toBeGreaterThan(2);
    for (const q of eraYears) for (const o of q.options) expect(o).toMatch(/^\d+ BC$/);
    const people = qs.filter((q) => q.type === "multiple_choice" && classifyName(q.answer) === "person");
    for (const q of people) for (const o of q.options) expect(classifyName(o)).toBe("person");
  });

  it("draws distractors from the whole course", () => {
    const extra = parseDocument(
      "Late Republic\n\nThe general Sulla marched on Rome with his army in 88 BC. The gladiator Spartacus led a great slave revolt in 73 BC.",
      "later-rome.txt",
    );
    const qs = generateQuestions([history, extra], { only: ["later-rome"], types: ["multiple_choice"] });
    expectGrounded(qs, [history, extra]);
    const options = qs.flatMap((q) => q.options);
    expect(options.some((o) => / BC$/.test(o) || /Caesar|Hannibal|Octavian|Cleopatra|Antony/.test(o))).toBe(true);
  });

  it("knows nothing about any one topic", () => {
    const sources = fs
      .readdirSync(__dirname)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => fs.readFileSync(path.join(__dirname, f), "utf8"))
      .join("\n")
      // comments may give examples; code may not know them
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");
    expect(sources).not.toMatch(/korea|treaty|nato|anzus|alliance|eagle|mitochond|caesar|roman/i);
  });
});
