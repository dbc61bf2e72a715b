/** Cloze: the sentence with a key term (a concept or a name) blanked; the answer is the term. */
import { blankTerm } from "./blank-term";
import type { MakerContext } from "./create-maker-context";
import { estimateDifficulty } from "./estimate-difficulty";
import type { QuestionCandidate } from "./types";

/** Candidates best first; lazy, so the caller can stop at the first good one. */
export function* makeCloze(ctx: MakerContext): Generator<QuestionCandidate> {
  for (const term of ctx.terms) {
    if (term.termClass !== "concept" && term.termClass !== "name") continue;
    const aliases = ctx.index.formsOf(term);
    const prompt = blankTerm(ctx.sentence, term, aliases, ctx.search, ctx.index.searchKeysOf(term));
    if (!prompt) continue;
    yield {
      question: {
        id: ctx.id("cloze", term.key),
        type: "cloze",
        prompt,
        answer: term.text,
        options: [],
        explanation: `Source: “${ctx.sentence.text}”`,
        difficulty: estimateDifficulty({
          type: "cloze",
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
