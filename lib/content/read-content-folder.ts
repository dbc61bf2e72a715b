/**
 * Loads every course document under a content folder (`content/<course>/<NN-name>.txt|.md`). A document's course is
 * its front matter `course`, else the name of the folder it sits in. Sorted by course, order, slug.
 */
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_COURSE, parseDocument, slugify, type ParsedDocument } from "./parse-document";

const DOCUMENT_EXTENSIONS = new Set([".txt", ".md", ".markdown"]);

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

export interface ContentDocument extends ParsedDocument {
  /** Path relative to the content folder, with forward slashes. */
  sourceName: string;
}

export function readContentFolder(root: string): ContentDocument[] {
  const docs: ContentDocument[] = [];
  for (const file of listFiles(root)) {
    const text = fs.readFileSync(file, "utf8");
    const doc = parseDocument(text, path.basename(file));
    const rel = path.relative(root, file).split(path.sep).join("/");
    const folder = rel.includes("/") ? rel.split("/")[0]! : "";
    const course = doc.course === DEFAULT_COURSE && folder ? slugify(folder) || DEFAULT_COURSE : doc.course;
    docs.push({ ...doc, course, sourceName: rel });
  }
  docs.sort(
    (a, b) =>
      a.course.localeCompare(b.course) || a.order - b.order || a.slug.localeCompare(b.slug),
  );
  const seen = new Map<string, string>();
  for (const d of docs) {
    const key = `${d.course}/${d.slug}`;
    const other = seen.get(key);
    if (other) throw new Error(`Duplicate document slug "${d.slug}" in course "${d.course}": ${other} and ${d.sourceName}`);
    seen.set(key, d.sourceName);
  }
  return docs;
}
