import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { assignmentRulesSchema } from "@/lib/quiz/parse-assignment-rules";
import type { SessionUser } from "@/server/auth/session-user";
import { getTaughtClass } from "@/server/classes/get-taught-class";
import { rowIdSchema } from "@/server/content/ids";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { usableQuestionSetWhere } from "./list-usable-question-sets";

export const createAssignmentInput = z.object({ classId: rowIdSchema, questionSetId: rowIdSchema, rules: assignmentRulesSchema });

/**
 * Assigns a published question set the instructor may use to a class they teach. The set must have at least
 * `questionCount` approved questions of the allowed types (else INVALID_INPUT naming how many it has). A random seed
 * makes the per-student selection and shuffling reproducible.
 */
export async function createAssignment(user: SessionUser, input: unknown): Promise<{ id: string }> {
  const { classId, questionSetId, rules } = createAssignmentInput.parse(input);
  const cls = await getTaughtClass(user, classId);
  const set = await db.questionSet.findFirst({ where: { id: questionSetId, ...usableQuestionSetWhere(user) }, select: { id: true } });
  if (!set) throw new AppError("NOT_FOUND", "No such published question set.", { questionSetId: ["Choose a published question set."] });
  const available = await db.question.count({
    where: { questionSetId: set.id, status: "approved", type: { in: rules.questionTypes } },
  });
  if (available === 0) {
    const message = "This set has no approved questions of the chosen types.";
    throw new AppError("INVALID_INPUT", message, { questionTypes: [message] });
  }
  if (rules.questionCount > available) {
    const message = `This set has only ${available} approved question${available === 1 ? "" : "s"} of the chosen types.`;
    throw new AppError("INVALID_INPUT", message, { questionCount: [message] });
  }
  const created = await db.assignment.create({
    data: {
      classId: cls.id,
      questionSetId: set.id,
      title: rules.title,
      questionCount: rules.questionCount,
      questionTypes: rules.questionTypes,
      selection: rules.selection,
      seed: randomUUID(),
      shuffleOptions: rules.shuffleOptions,
      opensAt: rules.opensAt,
      dueAt: rules.dueAt,
      timeLimitSeconds: rules.timeLimitSeconds,
      maxAttempts: rules.maxAttempts,
      grading: rules.grading,
      showAnswers: rules.showAnswers,
    },
    select: { id: true },
  });
  return created;
}
