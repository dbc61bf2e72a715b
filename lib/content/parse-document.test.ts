import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDocument, slugify, splitFrontMatter } from "./parse-document";

const FRONT = `---
title: "Cells: an Introduction"
course: Biology Basics
course_title: Biology Basics
order: 3
---
`;

describe("parseDocument", () => {
  it("reads front matter and keeps the body verbatim", () => {
    const body = "Intro line one.\n\nCells\n\nThe cell is the unit of life.";
    const doc = parseDocument(FRONT + body, "03-cells.txt");
    expect(doc).toMatchObject({
      slug: "cells",
      title: "Cells: an Introduction",
      course: "biology-basics",
      courseTitle: "Biology Basics",
      order: 3,
      body,
    });
  });

  it("turns short lines without a final period into sections with offsets", () => {
    const body = "Opening paragraph here.\n\nHistory\n\nSome history.\nMore history.\nLater Years\nThe end.";
    const doc = parseDocument(body, "notes.txt");
    expect(doc.sections.map((s) => s.heading)).toEqual(["Notes", "History", "Later Years"]);
    for (const s of doc.sections) {
      expect(s.start).toBeLessThan(s.end);
      if (s.heading !== "Notes") expect(doc.body.slice(s.start, s.start + s.heading.length)).toBe(s.heading);
    }
    expect(doc.sections[0]).toMatchObject({ position: 0, start: 0 });
    expect(doc.sections.at(-1)?.end).toBe(body.length);
    // sections tile the body
    for (let i = 1; i < doc.sections.length; i++) expect(doc.sections[i]!.start).toBe(doc.sections[i - 1]!.end);
  });

  it("does not take list items, lines ending in a colon or wrapped lines for headings", () => {
    const body = [
      "Key challenges include:",
      "",
      "  • Evolving security threats",
      "  - Domestic political changes",
      "  1. Numbered item without period",
      "",
      "This paragraph is hard wrapped and its first line has no",
      "final period because the sentence continues on the next line.",
    ].join("\n");
    const doc = parseDocument(body, "x.txt");
    expect(doc.sections.map((s) => s.heading)).toEqual(["X"]);
  });

  it("uses Markdown # headings when there are any", () => {
    const body = "# Title\n\nShort line\n\n## Part one\nText.\n```\n# not a heading\n```\n### Part two\nMore.";
    const doc = parseDocument(body, "doc.md");
    expect(doc.title).toBe("Title");
    expect(doc.sections.map((s) => s.heading)).toEqual(["Title", "Part one", "Part two"]);
  });

  it("handles CRLF, a byte-order mark and no front matter", () => {
    const doc = parseDocument("\uFEFFHeading\r\n\r\nA sentence.\r\n", "my notes.txt");
    expect(doc.slug).toBe("my-notes");
    expect(doc.title).toBe("Heading");
    expect(doc.course).toBe("default");
    expect(doc.sections[0]).toMatchObject({ heading: "Heading", start: 0 });
  });

  it("treats an unterminated front matter block as body", () => {
    const text = "---\ntitle: x\nno end";
    expect(splitFrontMatter(text)).toEqual({ fields: {}, body: text });
  });

  it("gives empty documents no sections", () => {
    expect(parseDocument("", "empty.txt").sections).toEqual([]);
    expect(parseDocument(`${FRONT}   \n`, "e.txt").sections).toEqual([]);
  });

  it("slugifies", () => {
    expect(slugify("Ça va — Über 2 Cafés!")).toBe("ca-va-uber-2-cafes");
    expect(slugify("South Korea’s Defense")).toBe("south-koreas-defense");
  });

  it("never throws and keeps sections inside the body (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.string({ maxLength: 30 }), (text, name) => {
        const doc = parseDocument(text, name);
        for (const s of doc.sections) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(doc.body.length);
          expect(s.start).toBeLessThanOrEqual(s.end);
        }
        expect(doc.slug.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
