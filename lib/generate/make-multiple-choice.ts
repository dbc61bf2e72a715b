/**
 * Multiple choice: the sentence with a term blanked and four options — the term and three same-kind distractors from
 * the corpus (pickDistractors), in a deterministic shuffled order. Exactly one option is correct.
 */
import { blankTerm } from "./blank-term";
import type { MakerContext } from "./create-maker-context";
import { shuffleSeeded } from "./create-seeded-random";
import { describeKind } from "./describe-kind";
import { estimateDifficulty } from "./estimate-difficulty";
import { numericValue } from "./numeric-value";
import { pickDistractors } from "./pick-distractors";
import type { QuestionCandidate, Term } from "./types";

function closeness(term: Term, wrong: string[]): number {
  if (term.termClass === "year" || term.termClass === "number") {
    const v = numericValue(term.text);
    const gaps = wrong.map((w) => Math.abs(numericValue(w) - v));
    const mean = gaps.reduce((a, b) => a + b, 0) / Math.max(1, gaps.length);
    return term.termClass === "year" ? Math.max(0, 1 - mean / 20) : Math.max(0, 1 - mean / Math.max(1, v));
  }
  return 0.5;
}

/** Candidates best first; lazy, so the caller can stop at the first good one. */
export function* makeMultipleChoice(ctx: MakerContext): Generator<QuestionCandidate> {
  for (const term of ctx.terms) {
    const label = ctx.index.kindOf(term);
    if (!label) continue;
    const id = ctx.id("multiple_choice", term.key);
    const distractors = pickDistractors(ctx.index, term, ctx.sentence, id, 3, 3, ctx.search);
    if (!distractors) continue;
    const aliases = ctx.index.formsOf(term);
    const blanked = blankTerm(ctx.sentence, term, aliases, ctx.search, ctx.index.searchKeysOf(term));
    if (!blanked) continue;
    const wrong = distractors.map((d) => d.text);
    const kind = describeKind(label);
    const lead = kind === "term" || kind === "word" ? "Which option completes the sentence?" : `Which ${kind} completes the sentence?`;
    yield {
      question: {
        id,
        type: "multiple_choice",
        prompt: `${lead} ${blanked}`,
        answer: term.text,
        options: shuffleSeeded([term.text, ...wrong], id),
        explanation: `The source says “${term.text}”: “${ctx.sentence.text}”`,
        difficulty: estimateDifficulty({
          type: "multiple_choice",
          answer: term.text,
          sentenceWords: ctx.words,
          frequency: ctx.index.frequency(ctx.index.termId(term)),
          closeness: closeness(term, wrong),
        }),
        source: ctx.source(),
      },
      tested: term.text,
      testedKey: term.key,
      fact: ctx.fact(term),
      wrong,
      aliases,
    };
  }
}
