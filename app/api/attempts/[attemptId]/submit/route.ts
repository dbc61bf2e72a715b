import { requireUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { handleRoute } from "@/server/http/handle-route";
import { submitAttempt } from "@/server/quiz/submit-attempt";

/**
 * POST: submit the attempt (no body) → `{ attemptId, score, maxScore, submittedAt, autoSubmitted, resultsUrl }`.
 * Idempotent; after the deadline it is the automatic submission with the answers saved before it.
 */
export const POST = handleRoute(
  async (_request: Request, context: { params: Promise<{ attemptId: string }> }) => {
    const [user, { attemptId }, now] = await Promise.all([requireUser(), context.params, currentTime()]);
    const result = await submitAttempt(user, { attemptId }, now);
    return Response.json(
      {
        attemptId: result.attemptId,
        score: result.score,
        maxScore: result.maxScore,
        submittedAt: result.submittedAt.toISOString(),
        autoSubmitted: result.autoSubmitted,
        resultsUrl: `/quiz/${result.attemptId}/results`,
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  },
  { maxBodyBytes: 1024 },
);
