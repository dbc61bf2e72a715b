import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { segmentDocument } from "./segment-document";

describe("segmentDocument", () => {
  const text = [
    "---",
    "title: Test",
    "---",
    "Overview",
    "",
    "The U.S. signed it in 1953. Dr. Smith disagreed, e.g. on costs! Was it worth it?",
    "Key points:",
    "  • The first point is short.",
    "  2. The second point has a number.",
    "> A quoted line says something.",
    "",
    "```",
    "code that is not prose.",
    "```",
    "| a | table row |",
    "A hard wrapped paragraph continues",
    "on the next line and ends here.",
  ].join("\n");
  const doc = parseDocument(text, "test.txt");
  const sentences = segmentDocument(doc);

  it("splits sentences with exact offsets", () => {
    for (const s of sentences) {
      expect(doc.body.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(doc.body.slice(t.start, t.end)).toBe(t.text);
    }
    expect(sentences.map((s) => s.text)).toEqual([
      "The U.S. signed it in 1953.",
      "Dr. Smith disagreed, e.g. on costs!",
      "Was it worth it?",
      "Key points:",
      "The first point is short.",
      "The second point has a number.",
      "A quoted line says something.",
      "A hard wrapped paragraph continues\non the next line and ends here.",
    ]);
  });

  it("skips headings, code and tables, and labels sentences with their section", () => {
    expect(sentences.every((s) => s.section === "Overview")).toBe(true);
    expect(sentences.some((s) => s.text.includes("code"))).toBe(false);
    expect(sentences.some((s) => s.text.includes("|"))).toBe(false);
  });

  it("tags tokens", () => {
    const first = sentences[0]!;
    expect(first.tokens.find((t) => t.text === "1953")).toMatchObject({ type: "number", entity: "DATE" });
    expect(first.tokens.find((t) => t.text === "signed")).toMatchObject({ pos: "VERB", lemma: "sign" });
  });

  it("returns nothing for empty or punctuation-only bodies", () => {
    expect(segmentDocument(parseDocument("", "e.txt"))).toEqual([]);
    expect(segmentDocument(parseDocument("... --- !!!\n\n???", "p.txt"))).toEqual([]);
  });
});
