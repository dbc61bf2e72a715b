import { requireUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { handleRoute } from "@/server/http/handle-route";
import { saveAnswer } from "@/server/quiz/save-answer";

/** Small bodies only: one answer (at most 2,000 characters) and a question id. */
const MAX_ANSWER_BODY_BYTES = 16 * 1024;

/**
 * PUT: save one answer of an attempt in progress — `{ questionId, response }` → `{ questionId, savedAt }`.
 * Idempotent (upsert). 409 after submission, 410 once time is up (the attempt is then submitted with what was saved),
 * 403 for a removed student, 404 for anybody else's attempt. The hot path of a quiz: one read and one short
 * transaction (server/quiz/save-answer.ts).
 */
export const PUT = handleRoute(
  async (request: Request, context: { params: Promise<{ attemptId: string }> }) => {
    const user = await requireUser();
    const [{ attemptId }, body, now] = await Promise.all([context.params, request.json() as Promise<unknown>, currentTime()]);
    const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
    const saved = await saveAnswer(user.id, { attemptId, questionId: fields.questionId, response: fields.response }, now);
    return Response.json(saved, { headers: { "Cache-Control": "no-store" } });
  },
  { maxBodyBytes: MAX_ANSWER_BODY_BYTES },
);
