/**
 * Lenient answer matching for typed answers (study mode and quizzes).
 *
 * Both sides are normalised the same way: Unicode compatibility form, case folded, accents dropped, dots inside
 * acronyms removed (U.S. = US), apostrophes removed, other punctuation and runs of whitespace turned into one space,
 * a leading article (a, an, the) dropped, thousands separators dropped (2,000 = 2000). Equal after that: correct and
 * `exact`. Otherwise small typos are forgiven, scaled by length (Damerau-Levenshtein distance: none up to 4
 * characters, 1 up to 8, 2 up to 20, 3 beyond) — but never in answers with digits: "1953" vs "1954" is wrong.
 */
import { z } from "zod";

export const matchAnswerInput = z.object({
  expected: z.string().max(10_000),
  given: z.string().max(10_000),
});

export interface AnswerMatch {
  correct: boolean;
  /** Equal after normalisation, no typo allowance used. */
  exact: boolean;
}

/** Beyond this length no typo allowance is computed (the distance is quadratic). */
const MAX_FUZZY_LENGTH = 500;

export function normalizeAnswer(text: string): string {
  return text
    .normalize("NFKD")
    .toUpperCase()
    .toLowerCase()
    .replace(/\p{M}+/gu, "")
    .normalize("NFKC")
    .replace(/(?<=\p{L})\.(?=\p{L})/gu, "")
    .replace(/(?<=\d)[,\u00a0\u202f' ](?=\d{3}(?!\d))/g, "")
    .replace(/['’‘ʼ`´]/g, "")
    .replace(/[^\p{L}\p{N}%$€£¥+#°]+/gu, " ")
    .trim()
    .replace(/^(?:a|an|the) (?=\S)/, "");
}

/** Allowed edit distance for an expected answer of this (normalised) length. */
export function typoAllowance(normalizedExpected: string): number {
  if (/\p{N}/u.test(normalizedExpected)) return 0;
  const n = [...normalizedExpected].length;
  if (n <= 4) return 0;
  if (n <= 8) return 1;
  if (n <= 20) return 2;
  return 3;
}

/** Optimal-string-alignment Damerau-Levenshtein distance, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[t.length]!;
}

export function matchAnswer(expected: string, given: string): AnswerMatch {
  const e = normalizeAnswer(typeof expected === "string" ? expected : "");
  const g = normalizeAnswer(typeof given === "string" ? given : "");
  if (e.length === 0 || g.length === 0) {
    // Nothing left to compare (only punctuation or blanks): fall back to the trimmed texts themselves.
    const raw = (x: unknown) => (typeof x === "string" ? x.normalize("NFKC").trim() : "");
    const same = e.length === 0 && g.length === 0 && raw(expected) === raw(given);
    return { correct: same, exact: same };
  }
  if (e === g) return { correct: true, exact: true };
  const allowance = typoAllowance(e);
  if (allowance === 0 || e.length > MAX_FUZZY_LENGTH || g.length > MAX_FUZZY_LENGTH) {
    return { correct: false, exact: false };
  }
  return { correct: editDistance(e, g, allowance) <= allowance, exact: false };
}
