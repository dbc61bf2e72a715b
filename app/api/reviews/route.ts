import { requireUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { handleRoute } from "@/server/http/handle-route";
import { submitReview, submitReviewInputSchema } from "@/server/study/submit-review";

/** Submit a review: `{ reviewId (uuid, chosen by the client), questionId, rating 1-4, durationMs? }`. Idempotent. */
export const POST = handleRoute(async (request: Request) => {
  const user = await requireUser();
  const body: unknown = await request.json();
  const result = await submitReview(user.id, submitReviewInputSchema.parse(body), await currentTime());
  return Response.json(result, { status: result.replayed ? 200 : 201 });
});
