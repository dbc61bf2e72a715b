import { z } from "zod";
import { QUIZ_QUESTION_TYPES, quizQuestionTypeSchema } from "./quiz-question-types";

/** An instant: a Date, or an ISO 8601 string with its offset (the browser converts its local time). */
export const instantSchema = z.union([
  z.date(),
  z.iso.datetime({ offset: true, message: "Enter a date and time." }).transform((s) => new Date(s)),
]);

export const MAX_QUESTION_COUNT = 200;
export const MIN_TIME_LIMIT_SECONDS = 10;
export const MAX_TIME_LIMIT_SECONDS = 24 * 3600;
export const MAX_ATTEMPTS = 20;

/** The rules of an assignment, as the instructor sets them (the class and the question set are separate). */
export const assignmentRulesSchema = z
  .object({
    title: z.string().trim().min(1, "Give the assignment a title.").max(200),
    questionCount: z.coerce.number().int().min(1, "At least one question.").max(MAX_QUESTION_COUNT),
    questionTypes: z
      .array(quizQuestionTypeSchema)
      .min(1, "Allow at least one question type.")
      .transform((types) => QUIZ_QUESTION_TYPES.filter((t) => types.includes(t))),
    selection: z.enum(["same", "random"]),
    shuffleOptions: z.boolean(),
    opensAt: instantSchema,
    dueAt: instantSchema,
    timeLimitSeconds: z.coerce.number().int().min(MIN_TIME_LIMIT_SECONDS).max(MAX_TIME_LIMIT_SECONDS).nullable(),
    maxAttempts: z.coerce.number().int().min(1).max(MAX_ATTEMPTS),
    grading: z.enum(["best", "last"]),
    showAnswers: z.enum(["never", "after_submit", "after_due"]),
  })
  .refine((r) => r.dueAt.getTime() > r.opensAt.getTime(), { path: ["dueAt"], message: "The due date must be after the opening date." });
export type AssignmentRules = z.output<typeof assignmentRulesSchema>;
export type AssignmentRulesInput = z.input<typeof assignmentRulesSchema>;
