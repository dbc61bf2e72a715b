/**
 * A defining sentence: "X is a/an/the Y ...", "Xs are Y ...", "X, or (the) Z, is a Y ...", "X refers to Y", where X
 * is a short noun phrase at the start of the sentence (not a pronoun or demonstrative) and Y begins with a
 * determiner or a noun phrase. Returns the term, the verb, and the meaning (all substrings of the sentence).
 */
import { isCapitalised } from "./extract-terms";
import { isVagueWord } from "./is-blankable";
import type { AnalyzedSentence, Token } from "./types";

export interface Definition {
  /** The defined term as written (without a leading article). */
  term: string;
  termStart: number;
  termEnd: number;
  /** "is" | "are" | "was" | "were" | "refers to" | "means" */
  verb: string;
  /** The article dropped before the term, if any ("the"). */
  article: string;
  meaning: string;
  meaningStart: number;
  meaningEnd: number;
}

const SUBJECT_POS = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
const COPULA = new Set(["is", "are", "was", "were"]);
const MAX_TERM_WORDS = 6;
const MAX_MEANING_WORDS = 40;
const BAD_MEANING_START = new Set(["not", "also", "likely", "one", "often", "usually", "still", "now", "then", "there"]);

function isSubjectToken(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.text === "-" ) return true;
  if (t.type !== "word" && t.type !== "number") return false;
  return SUBJECT_POS.has(t.pos) || (t.pos === "VERB" && /ing$/.test(t.text) === false && isCapitalised(t.text));
}

export function findDefinition(s: AnalyzedSentence, capitalisedMidSentence?: Set<string>): Definition | null {
  const toks = s.tokens;
  if (toks.length < 5) return null;
  let i = 0;
  let article = "";
  const lead = toks[0]!;
  if (/^(the|a|an)$/i.test(lead.text)) {
    article = lead.text.toLowerCase() === "the" ? "the" : "";
    i = 1;
  }
  const subjectStart = i;
  let ofCount = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (isSubjectToken(t)) {
      i++;
      continue;
    }
    if (t.text === "of" && ofCount === 0 && isSubjectToken(toks[i + 1])) {
      ofCount++;
      i++;
      continue;
    }
    break;
  }
  const subjectEnd = i - 1;
  if (subjectEnd < subjectStart) return null;
  const first = toks[subjectStart]!;
  const last = toks[subjectEnd]!;
  if (last.pos !== "NOUN" && last.pos !== "PROPN") return null;
  if (last.text === "-" || isVagueWord(last.text) || isVagueWord(last.lemma)) return null;
  const words = subjectEnd - subjectStart + 1;
  if (words > MAX_TERM_WORDS) return null;
  // Optional appositive: "NATO, or the North Atlantic Treaty Organization, is ..."
  let k = i;
  if (toks[k]?.text === "," && toks[k + 1]?.text === "or") {
    const close = toks.findIndex((t, idx) => idx > k + 1 && t.text === ",");
    if (close === -1 || close - k > 10) return null;
    k = close + 1;
  }
  const verbTok = toks[k];
  if (!verbTok) return null;
  let verb = "";
  let meaningFrom = k + 1;
  if (COPULA.has(verbTok.text.toLowerCase())) verb = verbTok.text.toLowerCase();
  else if (verbTok.text === "refers" && toks[k + 1]?.text === "to") {
    verb = "refers to";
    meaningFrom = k + 2;
  } else if (verbTok.text === "means") verb = "means";
  else return null;
  const m0 = toks[meaningFrom];
  const m1 = toks[meaningFrom + 1];
  if (!m0 || !m1) return null;
  if (BAD_MEANING_START.has(m0.text.toLowerCase())) return null;
  const plural = verb === "are" || verb === "were";
  const startsWithDeterminer = /^(a|an|the)$/i.test(m0.text);
  const startsWithNounPhrase = (m0.pos === "ADJ" || m0.pos === "NOUN") && (m1.pos === "NOUN" || m1.pos === "ADJ");
  if (!(startsWithDeterminer || (plural && startsWithNounPhrase) || verb === "refers to" || verb === "means")) {
    return null;
  }
  if (startsWithDeterminer && (m1.pos === "ADV" || m1.text.toLowerCase() === "most")) return null;
  // The meaning runs to the end of the sentence, closing punctuation excluded.
  let lastMeaning = toks.length - 1;
  while (lastMeaning > meaningFrom && toks[lastMeaning]!.type === "punctuation") lastMeaning--;
  const meaningWords = toks.slice(meaningFrom, lastMeaning + 1).filter((t) => t.type === "word").length;
  if (meaningWords < 2 || meaningWords > MAX_MEANING_WORDS) return null;
  if (!toks.slice(meaningFrom, lastMeaning + 1).some((t) => t.pos === "NOUN" || t.pos === "PROPN")) return null;
  const term = s.text.slice(first.start - s.start, last.end - s.start);
  // Sentence-initial common words are lower-cased for display by the caller; reject obvious non-terms.
  if (subjectStart === 0 && !isCapitalised(first.text)) return null;
  if (capitalisedMidSentence && subjectStart === 0 && words === 1 && !capitalisedMidSentence.has(first.text)) {
    // a single common word as subject ("Cells are ...") is fine, keep going
  }
  const meaningStartTok = toks[meaningFrom]!;
  const meaningEndTok = toks[lastMeaning]!;
  return {
    term,
    termStart: first.start,
    termEnd: last.end,
    verb,
    article,
    meaning: s.text.slice(meaningStartTok.start - s.start, meaningEndTok.end - s.start),
    meaningStart: meaningStartTok.start,
    meaningEnd: meaningEndTok.end,
  };
}
