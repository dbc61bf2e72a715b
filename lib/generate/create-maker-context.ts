/**
 * What every question maker gets for one sentence: the corpus index, the document, the sentence, its eligible terms
 * ranked best first (names and values before concepts, not too common, never a stopword/vague blank), and helpers
 * for ids, facts and sources.
 */
import type { CorpusIndex } from "./build-corpus-index";
import { createQuestionId, hashText } from "./create-question-id";
import { isBlankable } from "./is-blankable";
import { toSearchText } from "./normalize-term";
import type { AnalyzedSentence, QuestionSource, QuestionType, Term } from "./types";

export interface MakerContext {
  index: CorpusIndex;
  document: { slug: string; title: string };
  sentence: AnalyzedSentence;
  /** Index of the sentence in index.sentences. */
  sentenceIndex: number;
  /** Eligible terms, best first. */
  terms: Term[];
  /** Words in the sentence. */
  words: number;
  /** Hash of the sentence's text (whitespace-normalised), the part of every id that names the sentence. */
  digest: string;
  /** The sentence made ready for containsPhrase/containsNormalized. */
  search: string;
  id(type: QuestionType, testedKey: string, variant?: string): string;
  /** Normalised keys of the sentence's other terms (names and values), sorted: what the fact is about. */
  fact(tested: Term | string): string;
  source(): QuestionSource;
}

const CLASS_SCORE: Record<Term["termClass"], number> = {
  name: 3,
  year: 3,
  date: 2.6,
  number: 2.5,
  percent: 2.5,
  money: 2.5,
  concept: 1.5,
};
const MAX_ANSWER_WORDS = 6;

/** Sentence text for ids: Unicode NFC, whitespace collapsed; offsets play no part. */
export function sentenceIdentity(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

function overlaps(a: Term, b: Term): boolean {
  return a.start < b.end && b.start < a.end;
}

export function rankTerms(index: CorpusIndex, sentenceIndex: number): Term[] {
  const sentence = index.sentences[sentenceIndex];
  const terms = index.terms[sentenceIndex] ?? [];
  if (!sentence) return [];
  const total = Math.max(1, index.sentences.length);
  const scored: { term: Term; score: number }[] = [];
  for (const t of terms) {
    const words = t.text.split(/\s+/).length;
    if (words > MAX_ANSWER_WORDS) continue;
    const pos = sentence.tokens.slice(t.first, t.last + 1).map((x) => x.pos);
    if (!isBlankable(t.text, pos)) continue;
    const freq = index.frequency(index.termId(t));
    let score = CLASS_SCORE[t.termClass];
    if (t.termClass === "concept") {
      // a concept must recur (a key term of the text) but not be everywhere (a generic word of it)
      if (freq < 2 && words < 2) continue;
      if (freq > Math.max(5, total * 0.15)) continue;
      if (words >= 2) score += 0.5;
    } else if (t.termClass === "name") {
      // the text's main subject is a poor blank: everything is about it
      if (freq > Math.max(10, total * 0.25)) continue;
      if (freq > Math.max(5, total * 0.08)) score -= 1.5;
      if (index.labelsOf(t).length > 0) score += 0.3;
    }
    if (freq >= 2 && freq <= 4) score += 0.2;
    scored.push({ term: t, score });
  }
  scored.sort((a, b) => b.score - a.score || a.term.start - b.term.start);
  // keep the better of two overlapping terms (a date and its year may both stay: different classes)
  const kept: Term[] = [];
  for (const { term } of scored) {
    if (kept.some((k) => overlaps(k, term) && k.termClass === term.termClass)) continue;
    kept.push(term);
  }
  return kept;
}

export function createMakerContext(
  index: CorpusIndex,
  document: { slug: string; title: string },
  sentenceIndex: number,
): MakerContext {
  const sentence = index.sentences[sentenceIndex]!;
  const identity = sentenceIdentity(sentence.text);
  const digest = hashText(identity);
  let keys: string[] | null = null;
  let search: string | null = null;
  return {
    index,
    document,
    sentence,
    sentenceIndex,
    terms: rankTerms(index, sentenceIndex),
    words: sentence.tokens.filter((t) => t.type === "word" || t.type === "number").length,
    get search() {
      search ??= toSearchText(sentence.text);
      return search;
    },
    digest,
    id: (type, testedKey, variant = "") => createQuestionId([document.slug, type, digest, testedKey, variant]),
    fact: (tested) => {
      keys ??= (index.terms[sentenceIndex] ?? []).filter((t) => t.termClass !== "concept").map((t) => index.termId(t));
      const testedId = typeof tested === "string" ? tested : index.termId(tested);
      return [...new Set(keys.filter((k) => k !== testedId))].sort().join("+");
    },
    source: () => ({
      document: document.slug,
      section: sentence.section,
      sentence: sentence.text,
      start: sentence.start,
      end: sentence.end,
    }),
  };
}
