import { orderedOptions, type AttemptLayout } from "./build-attempt-layout";
import { parseOptions } from "./quiz-question-types";

/**
 * A submitted attempt as its student sees it. With answers hidden, only the score and their own responses: not
 * which were right (that would give away true/false answers), nor the right answers. With answers shown, each
 * question's correctness, the right answer, the explanation and the source sentence.
 */
export type HiddenResultQuestion = { questionId: string; number: number; type: string; prompt: string; options: string[]; response: string | null };
export type RevealedResultQuestion = HiddenResultQuestion & {
  correct: boolean;
  answer: string;
  explanation: string;
  sourceSentence: string;
};
export type AttemptResults =
  | { revealed: false; score: number | null; maxScore: number; questions: HiddenResultQuestion[] }
  | { revealed: true; score: number | null; maxScore: number; questions: RevealedResultQuestion[] };

export type ResultSourceQuestion = {
  id: string;
  type: string;
  prompt: string;
  options: unknown;
  answer: string;
  explanation: string;
  sourceSentence: string;
};

export function buildAttemptResults(input: {
  attempt: { score: number | null; maxScore: number };
  layout: AttemptLayout;
  questions: ReadonlyMap<string, ResultSourceQuestion>;
  answers: ReadonlyMap<string, { response: string; correct: boolean | null }>;
  reveal: boolean;
}): AttemptResults {
  const { attempt, layout, questions, answers } = input;
  const hidden: HiddenResultQuestion[] = [];
  const revealed: RevealedResultQuestion[] = [];
  for (const entry of layout.questions) {
    const q = questions.get(entry.questionId);
    if (!q) continue;
    const answer = answers.get(q.id);
    const base: HiddenResultQuestion = {
      questionId: q.id,
      number: hidden.length + 1,
      type: q.type,
      prompt: q.prompt,
      options: orderedOptions(parseOptions(q.options), entry.optionOrder),
      response: answer?.response ?? null,
    };
    hidden.push(base);
    if (input.reveal) {
      revealed.push({
        ...base,
        correct: answer?.correct ?? false,
        answer: q.answer,
        explanation: q.explanation,
        sourceSentence: q.sourceSentence,
      });
    }
  }
  return input.reveal
    ? { revealed: true, score: attempt.score, maxScore: attempt.maxScore, questions: revealed }
    : { revealed: false, score: attempt.score, maxScore: attempt.maxScore, questions: hidden };
}
