import type { AttemptLayout } from "./build-attempt-layout";
import { isChoiceType } from "./quiz-question-types";

/** `matchAnswer` of lib/answers/match-answer.ts (the same lenient matching as study mode), injected. */
export type AnswerMatcher = (expected: string, given: string) => { correct: boolean; exact: boolean };

export type GradableQuestion = { id: string; type: string; answer: string };

/**
 * One answer, graded on the server. Choice types: the response must be the answer's option text exactly (the
 * browser sends the text of the option picked). Typed and cloze: lenient matching. No response: wrong.
 */
export function gradeAnswer(question: GradableQuestion, response: string | null | undefined, match: AnswerMatcher): boolean {
  if (response === null || response === undefined || response.trim() === "") return false;
  if (isChoiceType(question.type)) return response === question.answer;
  return match(question.answer, response).correct;
}

export type GradedQuestion = { questionId: string; response: string | null; correct: boolean };
export type GradedAttempt = { questions: GradedQuestion[]; score: number; maxScore: number };

/**
 * Grades every question of the layout (one point each). A question missing from `questions` (deleted since the
 * attempt started) still counts in the maximum and is wrong, so a deletion never raises anybody's score.
 */
export function gradeAttempt(
  layout: AttemptLayout,
  questions: ReadonlyMap<string, GradableQuestion>,
  responses: ReadonlyMap<string, string>,
  match: AnswerMatcher,
): GradedAttempt {
  const graded = layout.questions.map(({ questionId }) => {
    const question = questions.get(questionId);
    const response = responses.get(questionId) ?? null;
    return { questionId, response, correct: question ? gradeAnswer(question, response, match) : false };
  });
  return { questions: graded, score: graded.filter((q) => q.correct).length, maxScore: graded.length };
}

/** Score as a percentage rounded to two decimals (0 for an attempt with no questions). */
export function scorePercent(score: number, maxScore: number): number {
  if (maxScore <= 0) return 0;
  return Math.round((score / maxScore) * 10000) / 100;
}
