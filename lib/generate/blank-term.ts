/**
 * The sentence with the tested term blanked out ("_____"). Every other occurrence of the term is blanked too; if an
 * alias of it would still give the answer away ("NATO, or the North Atlantic Treaty Organization, ..."), there is
 * no fair blank and the result is null. Inline Markdown (emphasis, code, links) is reduced to plain text.
 */
import { containsNormalized, normalizeSearchPhrase, toSearchText } from "./normalize-term";
import { replaceWholeWord } from "./replace-whole-word";
import type { AnalyzedSentence, Term } from "./types";

export const BLANK = "_____";

export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, "$1")
    .replace(/`([^`]*)`/g, "$1");
}

export function blankTerm(
  sentence: AnalyzedSentence,
  term: Term,
  aliases: readonly string[],
  sentenceSearch?: string,
  aliasKeys?: readonly string[],
): string | null {
  const from = term.start - sentence.start;
  const to = term.end - sentence.start;
  if (from < 0 || to > sentence.text.length || from >= to) return null;
  let text = sentence.text.slice(0, from) + BLANK + sentence.text.slice(to);
  // other occurrences of the same words
  text = replaceWholeWord(text, term.text, BLANK);
  const termKey = normalizeSearchPhrase(term.text);
  let rest: string | null = null;
  for (let i = 0; i < aliases.length; i++) {
    const alias = aliases[i]!;
    if (alias === term.text) continue;
    const key = aliasKeys?.[i] ?? normalizeSearchPhrase(alias);
    if (key === termKey || !sentenceSearch) {
      // same words in another spelling ("U.S." / "US"), or no prepared sentence: look at what is left
      rest ??= toSearchText(text.split(BLANK).join(" "));
      if (containsNormalized(rest, key)) return null;
    } else if (containsNormalized(sentenceSearch, key)) {
      return null;
    }
  }
  return stripInlineMarkdown(text);
}
