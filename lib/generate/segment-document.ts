/**
 * Splits a document body into analysed sentences with wink-nlp: the body is cut into blocks first (paragraphs,
 * list items; headings, code fences and table rows are skipped; list and quote markers are left out), then each
 * block is tokenised, tagged and sentence-split. Every sentence and token carries offsets into the body, so
 * `body.slice(s.start, s.end) === s.text`.
 */
import type { ParsedDocument } from "../content/parse-document";
import { isListItem, splitLines } from "../content/find-sections";
import { loadNlp } from "./load-nlp";
import type { AnalyzedSentence, Token } from "./types";

interface Block {
  start: number;
  end: number;
}

const LIST_MARKER = /^\s*(?:[-*+•‣◦▪▫●○■□–—]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s+/;
const QUOTE_MARKER = /^\s{0,3}(?:>\s?)+/;
const CODE_FENCE = /^ {0,3}(```|~~~)/;
const TABLE_ROW = /^\s*\|/;
const MAX_BLOCK_CHARS = 20_000;

function headingLineStarts(doc: ParsedDocument): Set<number> {
  const starts = new Set<number>();
  for (const s of doc.sections) {
    const nl = doc.body.indexOf("\n", s.start);
    const line = doc.body.slice(s.start, nl === -1 ? doc.body.length : nl);
    const text = line.replace(/^ {0,3}#{1,6}[ \t]+/, "").replace(/[ \t]*#*[ \t]*$/, "").trim();
    if (text === s.heading) starts.add(s.start);
  }
  return starts;
}

function findBlocks(doc: ParsedDocument): Block[] {
  const lines = splitLines(doc.body);
  const headings = headingLineStarts(doc);
  const blocks: Block[] = [];
  let open: Block | null = null;
  let inFence = false;
  const close = () => {
    if (open && open.end > open.start) blocks.push(open);
    open = null;
  };
  for (const line of lines) {
    if (CODE_FENCE.test(line.text)) {
      close();
      inFence = !inFence;
      continue;
    }
    if (inFence || line.text.trim().length === 0 || headings.has(line.start) || TABLE_ROW.test(line.text)) {
      close();
      continue;
    }
    let start = line.start;
    const quote = QUOTE_MARKER.exec(line.text);
    let text = line.text;
    if (quote) {
      start += quote[0].length;
      text = text.slice(quote[0].length);
    }
    // each list item and each quoted line is a block of its own
    const listItem = isListItem(text) || quote !== null;
    if (isListItem(text)) {
      close();
      start += LIST_MARKER.exec(text)?.[0].length ?? 0;
    }
    if (open && !listItem) {
      open.end = line.end;
    } else {
      close();
      open = { start, end: line.end };
    }
    // Leading whitespace is not part of a block.
    while (open.start < open.end && /\s/.test(doc.body[open.start] ?? "")) open.start++;
  }
  close();
  // Very long blocks (no blank lines at all) are cut at line breaks to bound the tagger's work per call.
  const out: Block[] = [];
  for (const b of blocks) {
    let s = b.start;
    while (b.end - s > MAX_BLOCK_CHARS) {
      const cut = doc.body.lastIndexOf("\n", s + MAX_BLOCK_CHARS);
      const at = cut > s ? cut : s + MAX_BLOCK_CHARS;
      out.push({ start: s, end: at });
      s = at;
    }
    out.push({ start: s, end: b.end });
  }
  return out;
}

function isSpace(tok: Token): boolean {
  return tok.type === "tabCRLF" || tok.type === "spaces" || tok.text.trim().length === 0;
}

export function segmentDocument(doc: ParsedDocument): AnalyzedSentence[] {
  const nlp = loadNlp();
  const its = nlp.its;
  const body = doc.body;
  const sentences: AnalyzedSentence[] = [];
  const sections = doc.sections;
  let sectionIndex = 0;
  for (const block of findBlocks(doc)) {
    const text = body.slice(block.start, block.end);
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const wd = nlp.readDoc(text);
    const tokens = wd.tokens();
    const texts = tokens.out() as string[];
    const pos = tokens.out(its.pos) as string[];
    // its.lemma needs the model's add-ons at run time; its typing does not say so
    const lemma = tokens.out(its.lemma as unknown as typeof its.pos) as string[];
    const type = tokens.out(its.type) as string[];
    const spaces = tokens.out(its.precedingSpaces) as string[];
    const entitySpans = wd.entities().out(its.span) as unknown as [number, number][];
    const entityTypes = wd.entities().out(its.type) as string[];
    const all: Token[] = [];
    let cursor = 0;
    let ok = true;
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i] ?? "";
      let at = cursor + (spaces[i]?.length ?? 0);
      if (text.slice(at, at + t.length) !== t) {
        at = text.indexOf(t, cursor);
        if (at === -1) {
          ok = false;
          break;
        }
      }
      all.push({
        text: t,
        start: block.start + at,
        end: block.start + at + t.length,
        pos: pos[i] ?? "X",
        lemma: lemma[i] ?? t.toLowerCase(),
        type: type[i] ?? "word",
      });
      cursor = at + t.length;
    }
    if (!ok) continue;
    entitySpans.forEach((span, k) => {
      for (let i = span[0]; i <= span[1]; i++) {
        const tok = all[i];
        if (tok) tok.entity = entityTypes[k];
      }
    });
    const spans = wd.sentences().out(its.span) as unknown as [number, number][];
    for (const [from, to] of spans) {
      let a = from;
      let b = to;
      while (a <= b && all[a] && isSpace(all[a]!)) a++;
      while (b >= a && all[b] && isSpace(all[b]!)) b--;
      if (a > b) continue;
      const toks = all.slice(a, b + 1).filter((t) => !isSpace(t));
      const first = toks[0];
      const last = toks[toks.length - 1];
      if (!first || !last) continue;
      while (sectionIndex + 1 < sections.length && (sections[sectionIndex + 1]?.start ?? Infinity) <= first.start) {
        sectionIndex++;
      }
      sentences.push({
        index: sentences.length,
        document: doc.slug,
        section: sections[sectionIndex]?.heading ?? doc.title,
        text: body.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        tokens: toks,
      });
    }
  }
  return sentences;
}
