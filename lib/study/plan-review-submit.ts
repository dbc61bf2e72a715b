import { z } from "zod";
import type { StudyRating } from "./apply-rating";

/**
 * The pure half of an idempotent review submit. The client picks the review id (a UUID) before sending, and the
 * id is the ReviewLog primary key, so a retried request finds the row its first attempt wrote. Decision:
 * - no row with that id → `apply`: rate the card and insert the row (in one transaction; a concurrent twin loses
 *   on the primary key and is then treated as a retry);
 * - a row with that id for the same student, question and rating → `replay`: answer as the first time, count
 *   nothing again (also when that review has since been undone: a late retry must not resurrect it);
 * - a row with that id that differs (another student, question or rating) → `conflict`: the id was reused, 409.
 */
export const reviewIdSchema = z.uuid();

export type ExistingReview = {
  userId: string;
  questionId: string;
  rating: number;
  undoneAt: Date | null;
};

export type SubmitRequestIdentity = { userId: string; questionId: string; rating: StudyRating };

export type SubmitPlan =
  | { kind: "apply" }
  | { kind: "replay"; undone: boolean }
  | { kind: "conflict"; reason: string };

export function planReviewSubmit(existing: ExistingReview | null, request: SubmitRequestIdentity): SubmitPlan {
  if (!existing) return { kind: "apply" };
  if (existing.userId !== request.userId) return { kind: "conflict", reason: "review id already used" };
  if (existing.questionId !== request.questionId) {
    return { kind: "conflict", reason: "review id already used for another card" };
  }
  if (existing.rating !== request.rating) {
    return { kind: "conflict", reason: "review id already used with another rating" };
  }
  return { kind: "replay", undone: existing.undoneAt !== null };
}
