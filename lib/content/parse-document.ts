/**
 * Parses a course document: optional front matter (`---` block of `key: value` lines: title, course, course_title,
 * order, slug) followed by the body, kept verbatim (question source offsets index into it). Never throws: anything
 * that is not front matter is body.
 */
import { findSections, type DocumentSection } from "./find-sections";

export interface ParsedDocument {
  slug: string;
  title: string;
  course: string;
  courseTitle: string;
  order: number;
  body: string;
  sections: { position: number; heading: string; start: number; end: number }[];
}

export const DEFAULT_COURSE = "default";

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(v);
      if (typeof parsed === "string") return parsed;
    } catch {
      // fall through: not valid JSON, strip the quotes
    }
    return v.slice(1, -1);
  }
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

export function splitFrontMatter(text: string): { fields: Record<string, string>; body: string } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const open = /^---[ \t]*\r?\n/.exec(src);
  if (!open) return { fields: {}, body: src };
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = src.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return { fields: {}, body: src };
  const block = rest.slice(0, m.index);
  const fields: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    const kv = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) return { fields: {}, body: src }; // not front matter after all
    const key = kv[1]!.toLowerCase().replace(/-/g, "_");
    fields[key] = unquote(kv[2] ?? "");
  }
  return { fields, body: rest.slice(m.index + m[0].length) };
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? "";
  return name.replace(/\.[^.]*$/, "");
}

function humanize(name: string): string {
  const words = name.replace(/^\d+[-_. ]+/, "").replace(/[-_]+/g, " ").trim();
  return words.length > 0 ? words.charAt(0).toUpperCase() + words.slice(1) : "Untitled document";
}

export function parseDocument(text: string, fileName: string): ParsedDocument {
  const { fields, body } = splitFrontMatter(typeof text === "string" ? text : "");
  const base = baseName(fileName);
  const slug =
    slugify(fields.slug ?? "") || slugify(base.replace(/^\d+[-_. ]+/, "")) || slugify(base) || "document";
  const provisionalTitle = fields.title?.trim() || humanize(base);
  let sections: DocumentSection[] = findSections(body, provisionalTitle);
  let title = provisionalTitle;
  if (!fields.title?.trim()) {
    // No title in the front matter: use the first heading when the document opens with one.
    const first = sections[0];
    if (first && first.start === 0 && first.heading !== provisionalTitle) title = first.heading;
    if (title !== provisionalTitle) sections = findSections(body, title);
  }
  const course = slugify(fields.course ?? "") || DEFAULT_COURSE;
  const courseTitle = fields.course_title?.trim() || fields.course?.trim() || "Default course";
  const orderNumber = Number.parseInt(fields.order ?? "", 10);
  return {
    slug,
    title,
    course,
    courseTitle,
    order: Number.isFinite(orderNumber) ? orderNumber : 0,
    body,
    sections,
  };
}
