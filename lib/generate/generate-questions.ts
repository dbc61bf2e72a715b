/**
 * The generator: documents in, grounded and cited questions out.
 *
 * 1. segmentDocument: wink-nlp splits every document into sentences and tags tokens (offsets into the body).
 * 2. buildCorpusIndex: terms, aliases, kinds and same-kind pools over all the documents given (the course).
 * 3. For every usable sentence of every document, the makers propose flashcards, multiple choice, true/false,
 *    typed and cloze questions; checkQuestion drops the bad ones; factKeys drops repeats within the document;
 *    at most `maxPerSentence` are kept per sentence, preferring flashcards, then one of each other type in an order
 *    that rotates from sentence to sentence, then distinct tested terms.
 * Deterministic: the same documents give the same questions, in the same order, with the same ids.
 */
import type { ParsedDocument } from "../content/parse-document";
import { buildCorpusIndex } from "./build-corpus-index";
import { createMakerContext, type MakerContext } from "./create-maker-context";
import { hashUnit } from "./create-question-id";
import { checkQuestion, factKeys } from "./filter-questions";
import { makeCloze } from "./make-cloze";
import { makeFlashcards } from "./make-flashcards";
import { makeMultipleChoice } from "./make-multiple-choice";
import { makeTrueFalse } from "./make-true-false";
import { makeTyped } from "./make-typed";
import { segmentDocument } from "./segment-document";
import type { AnalyzedSentence, GeneratedQuestion, QuestionCandidate, QuestionType } from "./types";

export interface GenerateOptions {
  /** Question types to produce (default: all). */
  types?: QuestionType[];
  /** Most questions from one sentence (default 2). */
  maxPerSentence?: number;
  /** Produce questions only for these document slugs; the other documents still feed distractors (default: all). */
  only?: string[];
}

export const DEFAULT_MAX_PER_SENTENCE = 2;
const ROTATING: QuestionType[] = ["multiple_choice", "true_false", "typed", "cloze"];
const MIN_WORDS = 6;
const MAX_WORDS = 70;
const BARE_PRONOUN_START = /^(it|they|he|she|this|these|those|that|we|you|i)$/i;

const MAKERS: Record<QuestionType, (ctx: MakerContext) => Iterable<QuestionCandidate>> = {
  flashcard: makeFlashcards,
  multiple_choice: makeMultipleChoice,
  true_false: makeTrueFalse,
  typed: makeTyped,
  cloze: makeCloze,
};

/** Sentences worth asking about: long enough, with a verb, a statement (not a question or an intro to a list). */
export function isUsableSentence(s: AnalyzedSentence): boolean {
  const words = s.tokens.filter((t) => t.type === "word" || t.type === "number");
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
  if (!s.tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) return false;
  if (/[?:]["”’)]*$/.test(s.text)) return false;
  const first = s.tokens[0];
  const second = s.tokens[1];
  // "It was ...", "They are ...": the subject is somewhere else in the text
  if (first && second && BARE_PRONOUN_START.test(first.text) && (second.pos === "VERB" || second.pos === "AUX")) {
    return false;
  }
  return true;
}

/**
 * Up to `max` questions for one sentence: its flashcards first, then one question of each type in `rotation`, each on
 * a term not asked about yet. Makers are lazy; each stops at its first candidate that passes the quality filter and
 * repeats no fact already asked in the document.
 */
function pickForSentence(
  ctx: MakerContext,
  types: ReadonlySet<QuestionType>,
  rotation: readonly QuestionType[],
  max: number,
  accept: (c: QuestionCandidate) => boolean,
): QuestionCandidate[] {
  const chosen: QuestionCandidate[] = [];
  const testedKeys = new Set<string>();
  const take = (c: QuestionCandidate) => {
    chosen.push(c);
    testedKeys.add(c.testedKey);
  };
  if (types.has("flashcard")) {
    for (const c of MAKERS.flashcard(ctx)) {
      if (chosen.length >= max) break;
      if (accept(c)) take(c);
    }
  }
  for (const type of rotation) {
    if (chosen.length >= max) break;
    if (!types.has(type)) continue;
    for (const c of MAKERS[type](ctx)) {
      if (testedKeys.has(c.testedKey)) continue;
      if (accept(c)) {
        take(c);
        break;
      }
    }
  }
  return chosen;
}

export function generateQuestions(docs: ParsedDocument[], options: GenerateOptions = {}): GeneratedQuestion[] {
  const types = new Set<QuestionType>(options.types && options.types.length > 0 ? options.types : Object.keys(MAKERS) as QuestionType[]);
  const max = Math.max(1, Math.floor(options.maxPerSentence ?? DEFAULT_MAX_PER_SENTENCE));
  const only = options.only ? new Set(options.only) : null;

  const perDoc = docs.map((doc) => ({ doc, sentences: segmentDocument(doc) }));
  const all: AnalyzedSentence[] = [];
  const offsets: number[] = [];
  for (const { sentences } of perDoc) {
    offsets.push(all.length);
    for (const s of sentences) all.push(s);
  }
  const index = buildCorpusIndex(all);
  const out: GeneratedQuestion[] = [];
  perDoc.forEach(({ doc, sentences }, d) => {
    if (only && !only.has(doc.slug)) return;
    const seen = new Set<string>();
    const ids = new Set<string>();
    const base = offsets[d]!;
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      if (!isUsableSentence(sentence)) continue;
      const ctx = createMakerContext(index, { slug: doc.slug, title: doc.title }, base + i);
      const keysOf = new Map<QuestionCandidate, string[]>();
      const accept = (c: QuestionCandidate): boolean => {
        if (ids.has(c.question.id)) return false;
        const keys = factKeys(c);
        keysOf.set(c, keys);
        return !keys.some((k) => seen.has(k)) && checkQuestion(c, doc.body) === null;
      };
      const start = Math.floor(hashUnit(ctx.digest) * ROTATING.length);
      const rotation = [...ROTATING.slice(start), ...ROTATING.slice(0, start)];
      for (const c of pickForSentence(ctx, types, rotation, max, accept)) {
        for (const k of keysOf.get(c) ?? factKeys(c)) seen.add(k);
        ids.add(c.question.id);
        out.push(c.question);
      }
    }
  });
  return out;
}
