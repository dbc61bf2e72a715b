/**
 * Flashcards (term -> meaning): abbreviation expansions ("What does THAAD stand for?" -> "Terminal High Altitude
 * Area Defense") and defined terms ("What are bilateral defense agreements?" -> "formal arrangements between ...").
 */
import type { MakerContext } from "./create-maker-context";
import { estimateDifficulty } from "./estimate-difficulty";
import { findAbbreviations } from "./find-abbreviations";
import { findDefinition } from "./find-definition";
import { normalizeTerm } from "./normalize-term";
import type { QuestionCandidate } from "./types";

function displayTerm(term: string, atSentenceStart: boolean, capitalisedMidSentence: Set<string>): string {
  if (!atSentenceStart) return term;
  const first = term.split(/\s+/)[0] ?? "";
  const isName = capitalisedMidSentence.has(first) || /^[\p{Lu}\d.&-]{2,}$/u.test(first);
  return isName ? term : term.charAt(0).toLowerCase() + term.slice(1);
}

/** Candidates best first; lazy, so the caller can stop at the first good one. */
export function* makeFlashcards(ctx: MakerContext): Generator<QuestionCandidate> {
  const { sentence, index } = ctx;
  for (const ab of findAbbreviations(sentence)) {
    const testedKey = normalizeTerm(ab.short.text);
    yield {
      question: {
        id: ctx.id("flashcard", testedKey, "abbreviation"),
        type: "flashcard",
        prompt: `What does ${ab.short.text} stand for?`,
        answer: ab.long.text,
        options: [],
        explanation: `${ab.short.text} stands for ${ab.long.text}. Source: “${sentence.text}”`,
        difficulty: estimateDifficulty({
          type: "flashcard",
          answer: ab.long.text,
          sentenceWords: ctx.words,
          frequency: 0,
        }),
        source: ctx.source(),
      },
      tested: ab.long.text,
      testedKey,
      fact: `abbreviation:${testedKey}`,
      wrong: [],
      aliases: [ab.short.text],
    };
  }
  const def = findDefinition(sentence, index.stats.capitalisedMidSentence);
  if (def) {
    const atStart = def.termStart === sentence.start;
    const shown = displayTerm(def.term, atStart, index.stats.capitalisedMidSentence);
    const subject = def.article ? `${def.article} ${shown}` : shown;
    const prompt =
      def.verb === "refers to" || def.verb === "means" ? `What does ${subject} mean?` : `What ${def.verb} ${subject}?`;
    const testedKey = normalizeTerm(def.term);
    yield {
      question: {
        id: ctx.id("flashcard", testedKey, "definition"),
        type: "flashcard",
        prompt,
        answer: def.meaning,
        options: [],
        explanation: `Source: “${sentence.text}”`,
        difficulty: estimateDifficulty({ type: "flashcard", answer: def.meaning, sentenceWords: ctx.words, frequency: 0 }),
        source: ctx.source(),
      },
      tested: def.meaning,
      testedKey,
      fact: `definition:${testedKey}`,
      wrong: [],
      aliases: [def.term],
    };
  }
}
