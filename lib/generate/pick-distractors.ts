/**
 * Wrong options of the same kind as the answer, drawn from the whole corpus: years for years, countries for
 * countries, names sharing a category for names ("exercises such as ..."). Never the answer or one of its aliases,
 * never a term that also occurs in the source sentence (so no option is also true there). Deterministic for a seed.
 * Years and numbers take the closest values; names prefer the answer's shape (acronym or not) and article use
 * ("the United States" vs "Japan") so the grammar gives nothing away. When the corpus has too few years or numbers,
 * nearby values are synthesised. Each call looks at a bounded number of pool entries, so the cost does not grow with
 * the corpus.
 */
import type { CorpusIndex, PoolEntry } from "./build-corpus-index";
import { createSeededRandom } from "./create-seeded-random";
import { containsNormalized, normalizeSearchPhrase, toSearchText } from "./normalize-term";
import { ERA_SUFFIX, numericValue } from "./numeric-value";
import type { AnalyzedSentence, Term } from "./types";

export interface Distractor {
  text: string;
  /** Term id in the corpus index; synthesised values have none. */
  id?: string;
}

const YEAR_WINDOW = 60;
const MAX_SCAN = 400;
const STRIDES = [7919, 104729, 1299709, 15485863];

function isAcronym(text: string): boolean {
  const letters = text.replace(/[.&-]/g, "");
  return letters.length >= 2 && /^[\p{Lu}\d]+$/u.test(letters);
}

function formatLike(answer: string, value: number): string {
  const decimals = /\.(\d+)/.exec(answer)?.[1]?.length ?? 0;
  let body = decimals > 0 ? value.toFixed(decimals) : String(Math.round(value));
  if (/\d,\d{3}/.test(answer)) body = Number(body).toLocaleString("en-US", { minimumFractionDigits: decimals });
  return answer.replace(/\d[\d,]*(\.\d+)?/, body);
}

function synthesise(term: Term, count: number, taken: Set<string>, sentenceSearch: string): string[] {
  const value = numericValue(term.text);
  if (!Number.isFinite(value)) return [];
  const out: string[] = [];
  const year = term.termClass === "year";
  const steps = year ? [1, -1, 2, -2, 3, -3, 5, -5, 10, -10] : value >= 10 ? [0.5, 2, 1.5, 0.75, 3, 0.25, 1.25] : [1, 2, 3, 4, 5, 6];
  for (const step of steps) {
    if (out.length >= count) break;
    const v = year ? value + step : value >= 10 ? value * step : value + step;
    const era = ERA_SUFFIX.exec(term.text)?.[1] ?? /^(AD|A\.D\.)\s/.exec(term.text)?.[1];
    if (year && !era && (v < 1 || v > 2999)) continue;
    if (year && era && (Math.abs(v) < 1 || Math.sign(v) !== Math.sign(value))) continue;
    if (term.termClass === "percent" && (v < 0 || v > 100)) continue;
    const prefixEra = /^(AD|A\.D\.)\s/.exec(term.text)?.[1];
    const text = year
      ? prefixEra
        ? `${prefixEra} ${v}`
        : era
          ? `${Math.abs(v)} ${era}`
          : String(v)
      : formatLike(term.text, v);
    const key = normalizeSearchPhrase(text);
    if (taken.has(key) || containsNormalized(sentenceSearch, key)) continue;
    taken.add(key);
    out.push(text);
  }
  return out;
}

/** Pool entries in a seeded order, closest values first for numeric pools, at most MAX_SCAN of them. */
function* scan(pool: readonly PoolEntry[], seed: string, answerValue: number): Generator<PoolEntry> {
  const n = pool.length;
  if (n === 0) return;
  if (Number.isFinite(answerValue) && pool[0]!.value !== undefined) {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pool[mid]!.value ?? 0) < answerValue) lo = mid + 1;
      else hi = mid;
    }
    let left = lo - 1;
    let right = lo;
    for (let k = 0; k < Math.min(n, MAX_SCAN); k++) {
      const l = pool[left];
      const r = pool[right];
      if (!l && !r) return;
      if (!r || (l && answerValue - (l.value ?? 0) <= (r.value ?? 0) - answerValue)) {
        yield l!;
        left--;
      } else {
        yield r;
        right++;
      }
    }
    return;
  }
  const rnd = createSeededRandom(seed);
  const start = Math.floor(rnd() * n);
  const stride = STRIDES.find((p) => n % p !== 0) ?? 1;
  for (let k = 0; k < Math.min(n, MAX_SCAN); k++) yield pool[(start + k * stride) % n]!;
}

export function pickDistractors(
  index: CorpusIndex,
  term: Term,
  sentence: AnalyzedSentence,
  seed: string,
  count = 3,
  minimum = count,
  sentenceSearch: string = toSearchText(sentence.text),
): Distractor[] | null {
  const labels = index.labelsOf(term);
  if (labels.length === 0) return null;
  const answerId = index.termId(term);
  const answerKeys = index.searchKeysOf(term);
  const taken = new Set<string>(answerKeys);
  const seen = new Set<string>([answerId]);
  const numeric = term.termClass === "year" || term.termClass === "number";
  const answerValue = numeric ? numericValue(term.text) : NaN;
  const wantAcronym = isAcronym(term.text);
  const toks = sentence.tokens;
  const afterThe = toks[term.first - 1]?.text.toLowerCase() === "the";

  // A name that says what it is ("ANZUS Treaty") takes distractors of that kind only; otherwise every category the
  // text gives it, then categories that describe the same things elsewhere ("drill" for "exercise").
  const head = index.hasHeadCategory(term);
  const rounds: string[][] = [head ? labels.slice(0, 1) : labels.slice()];
  const related = new Set<string>();
  for (const l of rounds[0]!) for (const r of index.relatedLabels(l)) if (!labels.includes(r)) related.add(r);
  if (related.size > 0) rounds.push([...related].sort());

  const picked: Distractor[] = [];
  const consider = (e: PoolEntry, strict: boolean): void => {
    if (seen.has(e.id)) return;
    if (numeric && term.termClass === "year" && Math.abs((e.value ?? 0) - answerValue) > YEAR_WINDOW) return;
    let text: string | undefined;
    if (!numeric) {
      text = e.forms.find((f) => isAcronym(f) === wantAcronym);
      if (strict && (!text || (e.withThe >= 0.5) !== afterThe)) return;
      text ??= e.forms[0];
    } else {
      text = e.forms[0];
    }
    seen.add(e.id);
    if (!text || e.keys.some((k) => containsNormalized(sentenceSearch, k))) return;
    const key = normalizeSearchPhrase(text);
    if (!key || taken.has(key)) return;
    // "Mutual Defense Treaty" vs "Philippines-US Mutual Defense Treaty": one inside the other confuses
    if (!numeric && answerKeys.some((a) => ` ${key} `.includes(` ${a} `) || ` ${a} `.includes(` ${key} `))) return;
    taken.add(key);
    picked.push({ text, id: e.id });
  };
  for (const round of rounds) {
    for (const strict of numeric ? [false] : [true, false]) {
      for (const label of round) {
        if (picked.length >= count) break;
        for (const e of scan(index.pool(label), `${seed}|${label}`, answerValue)) {
          if (picked.length >= count) break;
          consider(e, strict);
        }
      }
    }
    if (picked.length >= count) break;
  }
  if (picked.length < count && (numeric || term.termClass === "percent")) {
    for (const text of synthesise(term, count - picked.length, taken, sentenceSearch)) picked.push({ text });
  }
  return picked.length >= minimum ? picked.slice(0, count) : null;
}
