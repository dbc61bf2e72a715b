import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, type ParsedDocument } from "../content/parse-document";
import { generateQuestions } from "./generate-questions";

function expectGrounded(qs: ReturnType<typeof generateQuestions>, docs: ParsedDocument[]): void {
  const bodies = new Map(docs.map((d) => [d.slug, d.body]));
  for (const q of qs) {
    const body = bodies.get(q.source.document) ?? "";
    expect(body.slice(q.source.start, q.source.end)).toBe(q.source.sentence);
    if (q.type !== "true_false") expect(q.source.sentence).toContain(q.answer);
  }
}

const words = fc.constantFrom(
  "The", "river", "Nile", "flows", "north", "through", "Egypt", "in", "1902", "engineers", "built", "a", "dam",
  "called", "Aswan", "Low", "Dam", "(ALD)", "is", "an", "organ", "that", "pumps", "blood", "Paris", "France",
  "and", "Germany", "signed", "treaty", "12%", "$4", "million", ",", ".", "!", "?", "\n", "\n\n", "#", "- ", "•",
  "Über", "naïve", "東京", "😀", "\u0000", "\u200b", "’s", "Dr.", "U.S.", "e.g.",
);

describe("generateQuestions properties", () => {
  it("never crashes on arbitrary Unicode and never yields an ungrounded question", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const doc = parseDocument(text, "any.txt");
        expectGrounded(generateQuestions([doc]), [doc]);
      }),
      { numRuns: 150 },
    );
  });

  it("stays grounded on word salad that looks like prose", () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 200 }), fc.array(words, { maxLength: 80 }), (a, b) => {
        const docs = [parseDocument(a.join(" "), "a.txt"), parseDocument(b.join(" "), "b.md")];
        expectGrounded(generateQuestions(docs), docs);
      }),
      { numRuns: 80 },
    );
  });

  it("returns nothing for empty input", () => {
    expect(generateQuestions([])).toEqual([]);
    expect(generateQuestions([parseDocument("", "empty.txt")])).toEqual([]);
    expect(generateQuestions([parseDocument("   \n\n  ", "blank.txt")])).toEqual([]);
  });

  it("handles a huge document without line breaks", () => {
    const sentence = "In 1887 the engineer Gustave Eiffel began building a tower in Paris for the World Fair. ";
    const doc = parseDocument(sentence.repeat(4000), "huge.txt");
    const qs = generateQuestions([doc]);
    expectGrounded(qs, [doc]);
    expect(qs.length).toBeGreaterThan(0);
    // one sentence, one set of facts: a fact is asked at most once per type, however often it is repeated
    const keys = qs.map((q) => `${q.type}|${q.prompt}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(qs.length).toBeLessThan(60);
  }, 60_000);
});
