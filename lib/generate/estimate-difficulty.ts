/**
 * Difficulty estimate in [0, 1]: recognising is easier than recalling (true/false < multiple choice < flashcard <
 * cloze < typed), rare and long answers are harder, long sentences are harder, and distractors close to the answer
 * (neighbouring years, same length) make multiple choice harder.
 */
import type { QuestionType } from "./types";

const BASE: Record<QuestionType, number> = {
  true_false: 0.2,
  multiple_choice: 0.35,
  flashcard: 0.45,
  cloze: 0.55,
  typed: 0.65,
};

export interface DifficultyInput {
  type: QuestionType;
  answer: string;
  sentenceWords: number;
  /** In how many sentences of the corpus the tested term occurs (0 when unknown). */
  frequency: number;
  /** 0..1: how close the wrong options are to the answer (multiple choice, false statements). */
  closeness?: number;
}

export function estimateDifficulty(input: DifficultyInput): number {
  let d = BASE[input.type];
  const answerWords = input.answer.trim().split(/\s+/).filter(Boolean).length;
  if (input.type === "cloze" || input.type === "typed" || input.type === "flashcard") {
    d += Math.min(0.15, Math.max(0, answerWords - 1) * 0.05);
  }
  if (input.frequency > 0) {
    if (input.frequency === 1) d += 0.1;
    else if (input.frequency >= 6) d -= 0.1;
    else if (input.frequency >= 3) d -= 0.05;
  }
  if (input.sentenceWords > 30) d += 0.05;
  if (input.sentenceWords < 12) d -= 0.05;
  if (input.closeness !== undefined) d += 0.15 * Math.min(1, Math.max(0, input.closeness));
  const clamped = Math.min(0.95, Math.max(0.05, d));
  return Math.round(clamped * 100) / 100;
}
