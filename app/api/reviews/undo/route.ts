import { requireUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { handleRoute } from "@/server/http/handle-route";
import { undoReview, undoReviewInputSchema } from "@/server/study/undo-review";

/** Undo the student's latest review: `{ reviewId }` (must be that latest review; retries are no-ops). */
export const POST = handleRoute(async (request: Request) => {
  const user = await requireUser();
  const body: unknown = await request.json();
  return Response.json(await undoReview(user.id, undoReviewInputSchema.parse(body), await currentTime()));
});
