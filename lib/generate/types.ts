/** Public types of the question generator (others code against these names). */
export type QuestionType = "flashcard" | "cloze" | "multiple_choice" | "true_false" | "typed";

export const QUESTION_TYPES: readonly QuestionType[] = [
  "flashcard",
  "cloze",
  "multiple_choice",
  "true_false",
  "typed",
];

export interface QuestionSource {
  /** Document slug. */
  document: string;
  /** Heading of the section the sentence is in. */
  section: string;
  /** The exact sentence: `body.slice(start, end) === sentence`. */
  sentence: string;
  start: number;
  end: number;
}

export interface GeneratedQuestion {
  /** Stable content id: a hash of document slug, type, the sentence's text and the tested term; no offsets. */
  id: string;
  type: QuestionType;
  prompt: string;
  answer: string;
  /** Choice options (multiple choice: 4, exactly one equal to `answer`; true/false: ["True", "False"]); [] otherwise. */
  options: string[];
  explanation: string;
  /** 0 (easy) .. 1 (hard). */
  difficulty: number;
  source: QuestionSource;
}

// ------------------------------------------------------------------ internal model

/** One token of an analysed sentence; offsets index into the document body. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, ADJ, NUM, DET, ...). */
  pos: string;
  lemma: string;
  /** word | number | punctuation | symbol | ... (wink-nlp token type) */
  type: string;
  /** Numeric entity the token belongs to (DATE, CARDINAL, PERCENT, MONEY, ...), if any. */
  entity?: string;
}

export interface AnalyzedSentence {
  /** Index of the sentence in its document. */
  index: number;
  document: string;
  section: string;
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

/** value kinds come from the text itself; names get kinds from the corpus index. */
export type TermClass = "year" | "date" | "number" | "percent" | "money" | "name" | "concept";

/** A candidate answer inside a sentence. */
export interface Term {
  text: string;
  /** Offsets into the document body. */
  start: number;
  end: number;
  /** Normalised comparison key (see normalizeTerm). */
  key: string;
  termClass: TermClass;
  /** Index of the first and last token of the term in its sentence (inclusive). */
  first: number;
  last: number;
  /** Corpus-wide id of the term's entity or value, set by buildCorpusIndex ("" before). */
  id: string;
}

/** A question with what the quality filter and the de-duplication need to know about it. */
export interface QuestionCandidate {
  question: GeneratedQuestion;
  /** The term the question tests, exactly as it stands in the source sentence. */
  tested: string;
  /** Normalised key of the tested term. */
  testedKey: string;
  /** The fact: normalised keys of the sentence's other terms, sorted and joined (same fact = same tested term + same fact). */
  fact: string;
  /** For multiple choice: the wrong options; for a false true/false statement: the swapped-in term. */
  wrong: string[];
  /** Surface forms of the tested term's entity (aliases), for give-away checks. */
  aliases: readonly string[];
}
