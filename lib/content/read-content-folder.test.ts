import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContentFolder } from "./read-content-folder";

const CONTENT = path.resolve(__dirname, "../../content");

describe("readContentFolder", () => {
  it("loads the seed course in order, with titles and sections", () => {
    const docs = readContentFolder(CONTENT).filter((d) => d.course === "south-korea-defense");
    expect(docs.map((d) => d.slug)).toEqual(["south-korean-military-alliances", "mutual-defense-treaty"]);
    expect(docs.map((d) => d.order)).toEqual([1, 2]);
    for (const d of docs) {
      expect(d.title.length).toBeGreaterThan(10);
      expect(d.courseTitle).toBe("South Korean Defense and Alliances");
      expect(d.sections.length).toBeGreaterThan(10);
      expect(d.sourceName).toMatch(/^south-korea-defense\/0\d-.+\.txt$/);
      expect(d.body.startsWith("---")).toBe(false);
    }
    expect(docs[1]!.sections.map((s) => s.heading)).toContain("Core Provisions of the Mutual Defense Treaty");
  });

  it("takes the course from the folder name when the front matter has none, and rejects duplicate slugs", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qw-content-"));
    try {
      fs.mkdirSync(path.join(dir, "chemistry"));
      fs.writeFileSync(path.join(dir, "chemistry", "01-atoms.md"), "# Atoms\n\nAtoms are small.");
      const [doc] = readContentFolder(dir);
      expect(doc).toMatchObject({ course: "chemistry", slug: "atoms", title: "Atoms" });
      fs.writeFileSync(path.join(dir, "chemistry", "02-atoms.txt"), "Atoms again.");
      expect(() => readContentFolder(dir)).toThrow(/Duplicate document slug "atoms"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
