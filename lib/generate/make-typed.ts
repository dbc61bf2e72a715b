/**
 * Typed answer: recall a year, date, number, amount or name and type it (graded by matchAnswer). The prompt says
 * what kind of answer is expected.
 */
import { blankTerm } from "./blank-term";
import type { MakerContext } from "./create-maker-context";
import { describeKind } from "./describe-kind";
import { estimateDifficulty } from "./estimate-difficulty";
import type { QuestionCandidate } from "./types";

const MAX_TYPED_WORDS = 4;

/** Candidates best first; lazy, so the caller can stop at the first good one. */
export function* makeTyped(ctx: MakerContext): Generator<QuestionCandidate> {
  for (const term of ctx.terms) {
    if (term.termClass === "concept") continue;
    if (term.text.split(/\s+/).length > MAX_TYPED_WORDS) continue;
    const aliases = ctx.index.formsOf(term);
    const blanked = blankTerm(ctx.sentence, term, aliases, ctx.search, ctx.index.searchKeysOf(term));
    if (!blanked) continue;
    const label = term.termClass === "name" ? ctx.index.kindOf(term) : term.termClass;
    const kind = !label || label.startsWith("cat:") || label === "demonym" ? "name" : describeKind(label);
    yield {
      question: {
        id: ctx.id("typed", term.key),
        type: "typed",
        prompt: `Type the missing ${kind}: ${blanked}`,
        answer: term.text,
        options: [],
        explanation: `Source: “${ctx.sentence.text}”`,
        difficulty: estimateDifficulty({
          type: "typed",
          answer: term.text,
          sentenceWords: ctx.words,
          frequency: ctx.index.frequency(ctx.index.termId(term)),
        }),
        source: ctx.source(),
      },
      tested: term.text,
      testedKey: term.key,
      fact: ctx.fact(term),
      wrong: [],
      aliases,
    };
  }
}
