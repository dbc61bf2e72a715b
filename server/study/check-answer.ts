import "server-only";
import { z } from "zod";
import { matchAnswer } from "@/lib/answers/match-answer";
import type { StudyRating } from "@/lib/study/apply-rating";
import { proposeRating } from "@/lib/study/propose-rating";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { questionIdSchema, studyableQuestionWhere } from "./deck-scope";
import { findQuizLock } from "./find-quiz-lock";
import { parseOptions } from "./get-study-queue";
import { userIdSchema } from "./get-study-settings";

export const checkAnswerInputSchema = z.object({
  questionId: questionIdSchema,
  answer: z.string().max(2000),
  durationMs: z.number().int().min(0).max(86_400_000).nullish(),
});
export type CheckAnswerInput = z.input<typeof checkAnswerInputSchema>;

export type CheckedAnswer = {
  questionId: string;
  correct: boolean;
  /** false when the answer was accepted despite a small typo. */
  exact: boolean;
  proposedRating: StudyRating;
  expected: string;
  sourceSentence: string | null;
  explanation: string | null;
};

/**
 * Checks an answer to an auto-graded question on the server (the page never receives the expected answer before
 * answering) and proposes a rating (lib/study/propose-rating.ts). Choice types (multiple choice, true/false) must
 * name one of the options and are right only when it is the answer; typed and cloze answers go through
 * `matchAnswer`, which tolerates small typos (`exact` false). Flashcards are self-rated (INVALID_INPUT here);
 * invisible questions are NOT_FOUND. Nothing is stored: the rating is submitted separately.
 */
export async function checkAnswer(userIdInput: string, input: CheckAnswerInput, now: Date = new Date()): Promise<CheckedAnswer> {
  userIdSchema.parse(userIdInput);
  const request = checkAnswerInputSchema.parse(input);
  const question = await db.question.findFirst({
    where: { id: request.questionId, ...studyableQuestionWhere() },
    select: { id: true, type: true, answer: true, options: true, sourceSentence: true, explanation: true, questionSetId: true },
  });
  if (!question) throw new AppError("NOT_FOUND", "No such card.");
  if (question.type === "flashcard") throw new AppError("INVALID_INPUT", "Flashcards are rated, not checked.");
  // The answer must not reach a student while the set is a quiz they can be taking (issue 6).
  const lock = await findQuizLock(userIdInput, question.questionSetId, now);
  if (lock) throw new AppError("FORBIDDEN", `This question is in your quiz "${lock.title}", which is still open. Study it after ${lock.until.toISOString().slice(0, 16).replace("T", " ")} UTC.`);

  let correct: boolean;
  let exact: boolean;
  if (question.type === "multiple_choice" || question.type === "true_false") {
    const options = parseOptions(question.options);
    const given = request.answer.trim();
    if (!options.some((option) => option.trim() === given)) {
      throw new AppError("INVALID_INPUT", "Choose one of the options.");
    }
    correct = given === question.answer.trim();
    exact = true;
  } else {
    const match = matchAnswer(question.answer, request.answer);
    correct = match.correct;
    exact = match.exact;
  }
  return {
    questionId: question.id,
    correct,
    exact,
    proposedRating: proposeRating({ type: question.type, correct, exact, durationMs: request.durationMs ?? null }),
    expected: question.answer,
    sourceSentence: question.sourceSentence || null,
    explanation: question.explanation || null,
  };
}
