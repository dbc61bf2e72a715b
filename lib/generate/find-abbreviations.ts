/**
 * Abbreviation definitions in a sentence (Schwartz & Hearst 2003): "long form (SF)", "SF (long form)" and
 * "SF, or (the) long form,". The short form's characters must be found, right to left, in the long form, its first
 * character at the start of a word. Offsets index into the document body.
 */
import type { AnalyzedSentence } from "./types";

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Abbreviation {
  short: Span;
  long: Span;
}

function isAlnum(ch: string | undefined): boolean {
  return !!ch && /[\p{L}\p{N}]/u.test(ch);
}

/** Index in `long` where the best long form starts, or -1. */
export function matchLongForm(short: string, long: string): number {
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short.charAt(s).toLowerCase();
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    while (
      (l >= 0 && long.charAt(l).toLowerCase() !== c) ||
      (s === 0 && l > 0 && isAlnum(long.charAt(l - 1)))
    ) {
      l--;
    }
    if (l < 0) return -1;
    l--;
    s--;
  }
  return long.lastIndexOf(" ", l) + 1;
}

function isShortFormCandidate(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 12) return false;
  if (t.split(/\s+/).length > 2) return false;
  if (!isAlnum(t.charAt(0))) return false;
  const letters = t.replace(/[^\p{L}]/gu, "");
  if (letters.length < 2) return false;
  // At least two capitals, or a capital plus more than half of the letters upper-case.
  const caps = letters.replace(/[^\p{Lu}]/gu, "").length;
  return caps >= 2;
}

function validate(short: string, longCandidate: string): string | null {
  const words = longCandidate.trim().split(/\s+/);
  const maxWords = Math.min(short.length + 5, short.length * 2);
  const window = words.slice(-maxWords).join(" ");
  const at = matchLongForm(short, window);
  if (at < 0) return null;
  const long = window.slice(at).replace(/[\s,;:]+$/, "");
  if (long.length <= short.length) return null;
  if (long.split(/\s+/).length < 2 && !/-/.test(long)) return null;
  if (long.toLowerCase().includes(short.toLowerCase())) return null;
  // The first letters of the long form's words must cover the short form's first letter.
  if (long.charAt(0).toLowerCase() !== short.replace(/[^\p{L}\p{N}]/gu, "").charAt(0).toLowerCase()) return null;
  return long;
}

export function findAbbreviations(sentence: AnalyzedSentence): Abbreviation[] {
  const text = sentence.text;
  const base = sentence.start;
  const found: Abbreviation[] = [];
  const paren = /\(([^()]{1,80})\)/g;
  for (let m = paren.exec(text); m; m = paren.exec(text)) {
    const inner = m[1]!.trim();
    const innerStart = m.index + 1 + m[1]!.indexOf(inner);
    const before = text.slice(0, m.index).replace(/\s+$/, "");
    if (isShortFormCandidate(inner)) {
      const long = validate(inner, before);
      if (long) {
        const longStart = before.length - long.length;
        if (text.slice(longStart, longStart + long.length) === long) {
          found.push({
            short: { text: inner, start: base + innerStart, end: base + innerStart + inner.length },
            long: { text: long, start: base + longStart, end: base + longStart + long.length },
          });
        }
      }
    } else {
      // "SF (long form)"
      const sf = /([\p{L}\p{N}][\p{L}\p{N}.&-]*)$/u.exec(before);
      if (sf && isShortFormCandidate(sf[1]!)) {
        const long = validate(sf[1]!, inner);
        if (long && inner.endsWith(long) && long === inner) {
          const sfStart = before.length - sf[1]!.length;
          found.push({
            short: { text: sf[1]!, start: base + sfStart, end: base + sfStart + sf[1]!.length },
            long: { text: long, start: base + innerStart, end: base + innerStart + long.length },
          });
        }
      }
    }
  }
  // "SF, or (the) long form,"
  const orForm = /(^|[\s(])([\p{Lu}][\p{Lu}\p{N}.&-]{1,11}),\s+or\s+(?:the\s+)?([^,;()]{3,100}?)(?=,|\)|;)/gu;
  for (let m = orForm.exec(text); m; m = orForm.exec(text)) {
    const short = m[2]!;
    const inner = m[3]!.trim();
    if (!isShortFormCandidate(short)) continue;
    const long = validate(short, inner);
    if (!long || long !== inner) continue;
    const sfStart = m.index + m[1]!.length;
    const longStart = m.index + m[0].length - m[3]!.length + m[3]!.indexOf(inner);
    found.push({
      short: { text: short, start: base + sfStart, end: base + sfStart + short.length },
      long: { text: long, start: base + longStart, end: base + longStart + long.length },
    });
  }
  return found;
}
