/**
 * Candidate answers in one analysed sentence: years, dates, numbers, percentages and amounts of money (from wink-nlp
 * entities and number tokens), proper names (runs of capitalised words and acronyms, joined by "of"/hyphens), and
 * concepts (adjective* noun+ phrases in lower case). Proper-name detection for the sentence's first word uses
 * corpus evidence: a sentence-initial capitalised word counts only if it is also seen capitalised mid-sentence.
 */
import { isBlankable, isStopword, isVagueWord } from "./is-blankable";
import { normalizeTerm } from "./normalize-term";
import type { AnalyzedSentence, Term, TermClass, Token } from "./types";

export interface CapitalisationStats {
  /** Capitalised word forms seen in a non-initial sentence position. */
  capitalisedMidSentence: Set<string>;
}

const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"
    .split(" "),
);
const WEEKDAYS = new Set("monday tuesday wednesday thursday friday saturday sunday".split(" "));
const NAME_CONNECTORS = new Set(["of", "de", "du", "von", "van", "der", "la", "le", "del", "da", "di", "y"]);
const GENERIC_MODIFIERS = new Set(
  "such other various several many some certain particular significant important crucial vital key pivotal essential major main critical notable new recent different similar specific general overall potential possible likely broader broad greater great good better best strong stronger large larger small smaller high higher low lower further additional first second third last next same own whole entire more most less least".split(
    " ",
  ),
);

function isLetterStart(text: string): boolean {
  return /^\p{L}/u.test(text);
}

export function isCapitalised(text: string): boolean {
  const ch = text.charAt(0);
  return /\p{Lu}/u.test(ch);
}

function isAcronym(text: string): boolean {
  const letters = text.replace(/[.&-]/g, "");
  return letters.length >= 2 && /^[\p{Lu}\d]+$/u.test(letters) && /\p{Lu}/u.test(letters);
}

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

function isWordToken(t: Token | undefined): boolean {
  return !!t && (t.type === "word" || t.type === "number") && /[\p{L}\p{N}]/u.test(t.text);
}

/** Tokens that start a clause like a sentence does: the first one, and the one after a colon or an opening quote. */
function isClauseStart(tokens: readonly Token[], index: number): boolean {
  if (index === 0) return true;
  const prev = tokens[index - 1];
  if (!prev) return false;
  if (prev.text === ":") return true;
  if (/^["“‘(]$/.test(prev.text)) {
    const before = tokens[index - 2];
    return !before || /^[:,]$/.test(before.text);
  }
  return false;
}

/**
 * A title-case label before a colon at the start of a sentence ("Enhanced Collaboration with ASEAN: South Korea
 * is ..."): its words are headline capitals, not names. Returns the index of the first token after the label, or 0.
 */
export function labelEnd(tokens: readonly Token[]): number {
  const colon = tokens.findIndex((t, i) => i < 10 && t.text === ":");
  if (colon <= 0) return 0;
  for (let i = 0; i < colon; i++) {
    const t = tokens[i]!;
    if (t.type !== "word" && t.text !== "-") return 0;
    if (t.type === "word" && !isCapitalised(t.text) && !isStopword(t.text)) return 0;
  }
  return colon + 1;
}

function nameWord(t: Token | undefined, index: number, stats: CapitalisationStats, tokens?: readonly Token[]): boolean {
  if (!t || t.type !== "word" || !isLetterStart(t.text)) return false;
  if (!isCapitalised(t.text)) return false;
  if (t.entity === "DATE" || t.entity === "TIME" || t.entity === "DURATION") return false;
  const lower = t.text.toLowerCase();
  if (MONTHS.has(lower) || WEEKDAYS.has(lower)) return false;
  if (t.text === "I") return false;
  const initial = tokens ? isClauseStart(tokens, index) : index === 0;
  if (initial && !isAcronym(t.text) && !stats.capitalisedMidSentence.has(t.text)) {
    // "Matthias Schleiden and ...": a proper noun that opens a known name
    const next = tokens?.[index + 1];
    if (!(t.pos === "PROPN" && next && next.type === "word" && stats.capitalisedMidSentence.has(next.text))) return false;
  }
  if ((t.pos === "PRON" || t.pos === "DET") && !isAcronym(t.text)) return false;
  return true;
}

const ERA = /^(BC|BCE|AD|CE|B\.C\.|A\.D\.)$/;

/** "44 BC", "AD 79": a year with its era marker; returns the index of the era token or -1. */
export function eraIndex(tokens: readonly Token[], i: number): number {
  if (ERA.test(tokens[i + 1]?.text ?? "")) return i + 1;
  if (/^(AD|A\.D\.)$/.test(tokens[i - 1]?.text ?? "")) return i - 1;
  return -1;
}

function valueClass(tokens: Token[], i: number): TermClass | null {
  const t = tokens[i];
  if (!t || t.type !== "number") return null;
  if (t.entity === "PERCENT") return "percent";
  if (t.entity === "MONEY") return "money";
  if (/^\d{1,4}$/.test(t.text) && eraIndex(tokens, i) !== -1) return "year";
  if (/^\d{4}$/.test(t.text)) {
    const n = Number(t.text);
    if (n >= 1000 && n <= 2100) return "year";
  }
  if (/^\d[\d,]*(\.\d+)?$/.test(t.text)) return "number";
  return null;
}

function makeTerm(s: AnalyzedSentence, first: number, last: number, termClass: TermClass): Term | null {
  const a = s.tokens[first];
  const b = s.tokens[last];
  if (!a || !b) return null;
  const text = s.text.slice(a.start - s.start, b.end - s.start);
  const key = normalizeTerm(text);
  if (!key) return null;
  return { text, start: a.start, end: b.end, key, termClass, first, last, id: "" };
}

function extractValues(s: AnalyzedSentence, out: Term[]): void {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const cls = valueClass(toks, i);
    if (!cls) continue;
    const t = toks[i]!;
    if (cls === "percent") {
      let last = i;
      const next = toks[i + 1];
      if (next && next.text === "%" && adjacent(t, next)) last = i + 1;
      else if (next && /^percent$/i.test(next.text)) last = i + 1;
      const term = makeTerm(s, i, last, "percent");
      if (term) out.push(term);
      i = last;
      continue;
    }
    if (cls === "money") {
      let first = i;
      let last = i;
      const prev = toks[i - 1];
      if (prev && prev.type === "currency" && adjacent(prev, t)) first = i - 1;
      const next = toks[i + 1];
      if (next && /^(thousand|million|billion|trillion)$/i.test(next.text)) last = i + 1;
      const term = makeTerm(s, first, last, "money");
      if (term) out.push(term);
      i = last;
      continue;
    }
    // A list marker or a section number ("3.") is not a fact.
    if (cls === "number" && i === 0) continue;
    if (cls === "year") {
      const prev = toks[i - 1];
      if (prev && MONTHS.has(prev.text.toLowerCase())) {
        const date = makeTerm(s, i - 1, i, "date");
        if (date) out.push(date);
      }
    }
    const era = cls === "year" ? eraIndex(toks, i) : -1;
    const term = makeTerm(s, Math.min(i, era === -1 ? i : era), Math.max(i, era), cls);
    if (term) out.push(term);
    if (era > i) i = era;
  }
}

const MAX_NAME_WORDS = 5;

function extractNames(s: AnalyzedSentence, stats: CapitalisationStats, out: Term[]): void {
  const toks = s.tokens;
  let i = labelEnd(toks);
  while (i < toks.length) {
    // A capitalised function word ("As", "In") never starts a name.
    if (!nameWord(toks[i], i, stats, toks) || isStopword(toks[i]!.text)) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    for (;;) {
      const t = toks[j];
      if (!t) break;
      if (nameWord(t, j, stats, toks)) {
        last = j;
        j++;
        continue;
      }
      // Hyphen or apostrophe glued on both sides: Indo-Pacific, Meeting-Plus, Ministers’ Meeting.
      if ((t.text === "-" || t.text === "’" || t.text === "'") && adjacent(toks[j - 1], t)) {
        const n = toks[j + 1];
        if (n && isWordToken(n) && (t.text === "-" ? adjacent(t, n) : !adjacent(t, n)) && isCapitalised(n.text)) {
          last = j + 1;
          j += 2;
          continue;
        }
      }
      // "of" (the) between capitalised words: Association of Southeast Asian Nations.
      if (NAME_CONNECTORS.has(t.text) && t.text === t.text.toLowerCase()) {
        let k = j + 1;
        if (toks[k]?.text === "the") k++;
        if (nameWord(toks[k], k, stats, toks)) {
          j = k;
          continue;
        }
      }
      break;
    }
    const term = makeTerm(s, i, last, "name");
    if (term && /\p{L}/u.test(term.text)) {
      const ws = term.text.split(/\s+/);
      const allStop = ws.every((w) => isStopword(w));
      if (!allStop && ws.length <= MAX_NAME_WORDS) out.push(term);
    }
    i = last + 1;
  }
}

function isConceptNoun(t: Token | undefined): boolean {
  return (
    !!t &&
    t.type === "word" &&
    t.pos === "NOUN" &&
    !isCapitalised(t.text) &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) &&
    t.text.length > 2 &&
    !isStopword(t.text)
  );
}

function isConceptAdjective(t: Token | undefined): boolean {
  return (
    !!t &&
    t.type === "word" &&
    t.pos === "ADJ" &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) &&
    !GENERIC_MODIFIERS.has(t.text) &&
    !isVagueWord(t.text)
  );
}

function countVerbs(toks: readonly Token[], from = 0, to = toks.length - 1): number {
  let n = 0;
  for (let k = from; k <= to; k++) if (toks[k]!.pos === "VERB" || toks[k]!.pos === "AUX") n++;
  return n;
}

function extractConcepts(s: AnalyzedSentence, out: Term[]): void {
  const toks = s.tokens;
  const verbs = countVerbs(toks);
  let i = 0;
  while (i < toks.length) {
    let j = i;
    while (isConceptAdjective(toks[j])) j++;
    const nounStart = j;
    while (isConceptNoun(toks[j])) j++;
    if (j === nounStart) {
      i = Math.max(i + 1, j);
      continue;
    }
    let first = i;
    let last = j - 1;
    // "respiration releases the energy": a noun in -s right before a determiner is the verb
    if (last > first && /s$/.test(toks[last]!.text) && /^(the|a|an)$/i.test(toks[last + 1]?.text ?? "")) last--;
    // At most four words; drop leading modifiers beyond that.
    while (last - first + 1 > 4) first++;
    // "an organelle that releases energy": after a relative pronoun a word in -s is the verb, not a noun
    if (/^(that|which|who)$/i.test(toks[first - 1]?.text ?? "") && /s$/.test(toks[first]!.text) && first < last) first++;
    // the tagger took the sentence's verb for a noun ("Cellular respiration releases ..."): no fair concept here
    if (verbs === 0 || (verbs === countVerbs(toks, first, last) && verbs > 0)) {
      i = j;
      continue;
    }
    const head = toks[last]!;
    if (!isVagueWord(head.text) && !isVagueWord(head.lemma)) {
      const term = makeTerm(s, first, last, "concept");
      const pos = toks.slice(first, last + 1).map((t) => t.pos);
      if (term && isBlankable(term.text, pos)) out.push(term);
    }
    i = j;
  }
}

export function extractTerms(s: AnalyzedSentence, stats: CapitalisationStats): Term[] {
  const out: Term[] = [];
  extractValues(s, out);
  extractNames(s, stats, out);
  extractConcepts(s, out);
  const from = labelEnd(s.tokens);
  return from > 0 ? out.filter((t) => t.first >= from) : out;
}
