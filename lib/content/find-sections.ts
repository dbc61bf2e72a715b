/**
 * Finds the sections of a plain-text or Markdown document body.
 *
 * Markdown mode (the body has at least one ATX heading `# ...` outside code fences): those headings, and only those,
 * start sections. Plain-text mode: a heading is a short line without final punctuation that stands on its own — not
 * a list item, not the first or middle line of a hard-wrapped paragraph. Text before the first heading becomes a
 * section titled `fallbackHeading` (the document title). Offsets index into `body`; a section runs from the start of
 * its heading line to the start of the next section (heading included).
 */

export interface DocumentSection {
  position: number;
  heading: string;
  start: number;
  end: number;
}

export interface BodyLine {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character of the line, line break excluded. */
  end: number;
  text: string;
}

const MAX_HEADING_CHARS = 120;
const MAX_HEADING_WORDS = 16;
const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const CODE_FENCE = /^ {0,3}(```|~~~)/;
const LIST_ITEM = /^\s*(?:[-*+•‣◦▪▫●○■□–—]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s+/;
const TERMINAL = /[.!?:;,…]["'”’)\]]*$/;
/** Words that end a wrapped line but never a heading. */
const CONTINUATION_END =
  /\b(?:a|an|the|and|or|but|nor|of|to|in|on|at|by|for|with|from|as|that|which|who|whose|is|are|was|were|be|than|into|onto|its|their|his|her|this|these|those)$/i;

export function splitLines(body: string): BodyLine[] {
  const lines: BodyLine[] = [];
  let start = 0;
  for (;;) {
    const nl = body.indexOf("\n", start);
    const rawEnd = nl === -1 ? body.length : nl;
    const end = rawEnd > start && body.charCodeAt(rawEnd - 1) === 13 ? rawEnd - 1 : rawEnd;
    lines.push({ start, end, text: body.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

export function isListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

function firstLetterIsLowercase(s: string): boolean {
  const m = /\p{L}/u.exec(s);
  if (!m) return false;
  const ch = m[0];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function looksLikePlainHeading(lines: BodyLine[], i: number, prevWasHeading: boolean): boolean {
  const line = lines[i];
  if (!line) return false;
  const text = line.text.trim();
  if (text.length === 0 || text.length > MAX_HEADING_CHARS) return false;
  if (!/\p{L}/u.test(text)) return false;
  if (TERMINAL.test(text)) return false;
  if (isListItem(line.text)) return false;
  if (firstLetterIsLowercase(text)) return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (CONTINUATION_END.test(text)) return false;
  // The previous line must close a paragraph (or be blank, or be a heading itself).
  const prev = lines[i - 1];
  if (prev && !prevWasHeading) {
    const p = prev.text.trim();
    if (p.length > 0 && !/[.!?:;"”’)\]…]$/.test(p)) return false;
  }
  // The next non-blank line must not continue this one.
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j]?.text.trim() ?? "";
    if (next.length === 0) break;
    if (firstLetterIsLowercase(next)) return false;
    break;
  }
  return true;
}

interface HeadingLine {
  start: number;
  heading: string;
}

function findMarkdownHeadings(lines: BodyLine[]): HeadingLine[] {
  const found: HeadingLine[] = [];
  let inFence = false;
  for (const line of lines) {
    if (CODE_FENCE.test(line.text)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const m = ATX_HEADING.exec(line.text);
    if (m && m[2] && m[2].trim().length > 0) found.push({ start: line.start, heading: m[2].trim() });
  }
  return found;
}

function findPlainHeadings(lines: BodyLine[]): HeadingLine[] {
  const found: HeadingLine[] = [];
  let prevWasHeading = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (line.text.trim().length === 0) {
      prevWasHeading = false;
      continue;
    }
    const heading = looksLikePlainHeading(lines, i, prevWasHeading);
    if (heading) found.push({ start: line.start, heading: line.text.trim() });
    prevWasHeading = heading;
  }
  return found;
}

export function isMarkdownBody(lines: BodyLine[]): boolean {
  return findMarkdownHeadings(lines).length > 0;
}

export function findSections(body: string, fallbackHeading: string): DocumentSection[] {
  if (body.trim().length === 0) return [];
  const lines = splitLines(body);
  const md = findMarkdownHeadings(lines);
  const headings = md.length > 0 ? md : findPlainHeadings(lines);
  const sections: DocumentSection[] = [];
  const firstStart = headings[0]?.start ?? body.length;
  if (body.slice(0, firstStart).trim().length > 0) {
    sections.push({ position: 0, heading: fallbackHeading, start: 0, end: firstStart });
  }
  headings.forEach((h, i) => {
    const end = headings[i + 1]?.start ?? body.length;
    sections.push({ position: sections.length, heading: h.heading, start: h.start, end });
  });
  return sections;
}
