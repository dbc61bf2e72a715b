/**
 * The quality filter and the de-duplication keys.
 * checkQuestion returns why a candidate is rejected (null when it passes):
 * - grounding: the tested term (the answer, for every type but true/false) occurs verbatim in the cited sentence,
 *   and, given the body, the offsets slice to the sentence;
 * - the blank is not a stopword, pronoun or vague word;
 * - the prompt does not give the answer (or an alias of it) away;
 * - multiple choice: four distinct options, exactly one equal to the answer, no wrong option in the source sentence;
 * - true/false: options True/False, a swapped-in term that is not in the source sentence.
 * factKeys: two candidates with a common key test the same fact the same way (same type and same prompt, or same type,
 * same tested term and the same other terms in the sentence).
 */
import { containsWord } from "./contains-word";
import { isBlankable } from "./is-blankable";
import { containsPhrase, normalizeTerm, toSearchText } from "./normalize-term";
import type { QuestionCandidate } from "./types";

const MAX_PROMPT = 1000;
const MAX_ANSWER = 400;

export function checkQuestion(c: QuestionCandidate, body?: string): string | null {
  const q = c.question;
  const s = q.source;
  if (!s.sentence || s.start < 0 || s.end <= s.start) return "no source sentence";
  if (s.end - s.start !== s.sentence.length) return "offsets do not match the sentence";
  if (body !== undefined && body.slice(s.start, s.end) !== s.sentence) return "offsets do not slice to the sentence";
  if (!q.prompt.trim() || q.prompt.length > MAX_PROMPT) return "bad prompt";
  if (!q.answer.trim() || q.answer.length > MAX_ANSWER) return "bad answer";
  if (!(q.difficulty >= 0 && q.difficulty <= 1)) return "difficulty out of range";
  if (!c.tested || !s.sentence.includes(c.tested)) return "tested term not in the source sentence";
  if (q.type !== "true_false" && !s.sentence.includes(q.answer)) return "answer not in the source sentence";
  if (q.type === "flashcard") {
    if (!isBlankable(c.aliases[0] ?? c.testedKey)) return "flashcard term is a stopword or vague";
    if (q.options.length !== 0) return "flashcards have no options";
    return null;
  }
  if (!isBlankable(c.tested)) return "blank is a stopword, pronoun or vague word";
  if (q.type === "true_false") {
    if (q.options.length !== 2 || q.options[0] !== "True" || q.options[1] !== "False") return "bad true/false options";
    if (q.answer !== "True" && q.answer !== "False") return "bad true/false answer";
    const search = toSearchText(s.sentence);
    if (q.answer === "False") {
      if (c.wrong.length !== 1) return "false statement without a swapped term";
      if (containsPhrase(search, c.wrong[0]!)) return "swapped term also in the source sentence";
    }
    return null;
  }
  for (const alias of [q.answer, ...c.aliases]) {
    if (containsWord(q.prompt, alias)) return "prompt gives the answer away";
  }
  if (q.type === "multiple_choice") {
    if (q.options.length !== 4) return "multiple choice needs four options";
    const keys = q.options.map((o) => normalizeTerm(o));
    if (new Set(keys).size !== 4) return "duplicate options";
    const answerKey = normalizeTerm(q.answer);
    if (keys.filter((k) => k === answerKey).length !== 1 || !q.options.includes(q.answer)) {
      return "not exactly one correct option";
    }
    const search = toSearchText(s.sentence);
    if (c.wrong.some((w) => containsPhrase(search, w))) return "a wrong option is also in the source sentence";
  } else if (q.options.length !== 0) {
    return "only choice questions have options";
  }
  return null;
}

export function factKeys(c: QuestionCandidate): string[] {
  const q = c.question;
  return [`${q.type}|p|${q.prompt}`, `${q.type}|f|${c.testedKey}|${c.fact}`];
}
