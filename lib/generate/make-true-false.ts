/**
 * True/false: either the source sentence as it stands (true) or the sentence with one term swapped for a same-kind
 * term (false). A swap is used only when the source contradicts it: the swapped-in term never occurs in the corpus
 * together with any of the sentence's anchors (its other names and values), so the corpus gives no support for the
 * false statement while the sentence states something else about the same things. Whether a sentence's statement is true or false is decided by a hash of the sentence and term,
 * so re-running gives the same question.
 */
import { stripInlineMarkdown } from "./blank-term";
import type { MakerContext } from "./create-maker-context";
import { hashUnit } from "./create-question-id";
import { estimateDifficulty } from "./estimate-difficulty";
import { pickDistractors } from "./pick-distractors";
import { replaceWholeWord } from "./replace-whole-word";
import type { QuestionCandidate, Term } from "./types";

export const TRUE = "True";
export const FALSE = "False";

const MAX_ANCHORS = 4;

/** The sentence's other names and values, rarest first: what the statement is about. */
function anchorsOf(ctx: MakerContext, tested: Term): string[] {
  const { index, sentenceIndex } = ctx;
  const testedId = index.termId(tested);
  const ids = (index.terms[sentenceIndex] ?? [])
    .filter((t) => t.termClass !== "concept" && !(t.start < tested.end && tested.start < t.end))
    .map((t) => index.termId(t))
    .filter((id) => id !== testedId);
  return [...new Set(ids)]
    .sort((a, b) => index.frequency(a) - index.frequency(b) || a.localeCompare(b))
    .slice(0, MAX_ANCHORS);
}

/** The corpus never puts the replacement together with any anchor: the source gives it no support. */
function contradicted(ctx: MakerContext, anchors: string[], replacementId: string | undefined): boolean {
  if (!replacementId) return true; // a synthesised value occurs nowhere in the corpus
  return anchors.every((a) => !ctx.index.cooccur(a, replacementId));
}

/** Candidates best first; lazy, so the caller can stop at the first good one. */
export function* makeTrueFalse(ctx: MakerContext): Generator<QuestionCandidate> {
  const { sentence, index } = ctx;
  if (/[?:]$/.test(sentence.text)) return;
  for (const term of ctx.terms) {
    if (!index.kindOf(term)) continue;
    const wantFalse = hashUnit(`${sentence.text}|${term.key}`) < 0.5;
    let replacement: string | null = null;
    if (wantFalse) {
      const anchors = anchorsOf(ctx, term);
      if (anchors.length > 0) {
        const seed = ctx.id("true_false", term.key, "false");
        const options = pickDistractors(index, term, sentence, seed, 6, 1, ctx.search) ?? [];
        replacement = options.find((d) => contradicted(ctx, anchors, d.id))?.text ?? null;
      }
    }
    const isFalse = replacement !== null;
    const aliases = index.formsOf(term);
    let statement = sentence.text;
    if (isFalse) {
      // every occurrence of the term, so the statement does not contradict itself
      statement = replaceWholeWord(sentence.text, term.text, replacement!);
    }
    yield {
      question: {
        id: ctx.id("true_false", term.key, isFalse ? "false" : "true"),
        type: "true_false",
        prompt: `True or false? ${stripInlineMarkdown(statement)}`,
        answer: isFalse ? FALSE : TRUE,
        options: [TRUE, FALSE],
        explanation: isFalse
          ? `False. The source says “${term.text}”, not “${replacement}”: “${sentence.text}”`
          : `True. The source says: “${sentence.text}”`,
        difficulty: estimateDifficulty({
          type: "true_false",
          answer: term.text,
          sentenceWords: ctx.words,
          frequency: index.frequency(index.termId(term)),
          closeness: isFalse ? 0.5 : 0.3,
        }),
        source: ctx.source(),
      },
      tested: term.text,
      testedKey: term.key,
      fact: ctx.fact(term),
      wrong: isFalse ? [replacement!] : [],
      aliases,
    };
  }
}
