import { z } from "zod";

/**
 * The question types an assignment may draw. Flashcards are left out on purpose: their answer is a free-form
 * definition the student grades themselves in study mode, which a quiz cannot score fairly on the server.
 */
export const QUIZ_QUESTION_TYPES = ["multiple_choice", "true_false", "typed", "cloze"] as const;
export const quizQuestionTypeSchema = z.enum(QUIZ_QUESTION_TYPES);
export type QuizQuestionType = z.infer<typeof quizQuestionTypeSchema>;

/** Choice types: the response is one of the options' text, graded by exact comparison with the answer. */
export const CHOICE_TYPES: readonly QuizQuestionType[] = ["multiple_choice", "true_false"];

export const quizQuestionTypeLabels: Record<QuizQuestionType, string> = {
  multiple_choice: "Multiple choice",
  true_false: "True / false",
  typed: "Typed answer",
  cloze: "Fill in the blank",
};

export function isQuizQuestionType(type: string): type is QuizQuestionType {
  return (QUIZ_QUESTION_TYPES as readonly string[]).includes(type);
}

export function isChoiceType(type: string): boolean {
  return type === "multiple_choice" || type === "true_false";
}

/** Question.options is JSON: an array of strings for choice types, [] otherwise. Anything else reads as []. */
export function parseOptions(json: unknown): string[] {
  return Array.isArray(json) && json.every((o) => typeof o === "string") ? (json as string[]) : [];
}

/** Assignment.questionTypes is JSON: the allowed types; unknown entries are dropped. */
export function parseQuestionTypes(json: unknown): QuizQuestionType[] {
  if (!Array.isArray(json)) return [];
  return QUIZ_QUESTION_TYPES.filter((t) => json.includes(t));
}
