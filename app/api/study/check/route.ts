import { requireUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { handleRoute } from "@/server/http/handle-route";
import { checkAnswer, checkAnswerInputSchema } from "@/server/study/check-answer";

/** Check an auto-graded answer: `{ questionId, answer, durationMs? }` → correctness, proposed rating, source. */
export const POST = handleRoute(async (request: Request) => {
  const user = await requireUser();
  const body: unknown = await request.json();
  return Response.json(await checkAnswer(user.id, checkAnswerInputSchema.parse(body), await currentTime()));
});
