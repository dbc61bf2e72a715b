import { requireUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { handleRoute } from "@/server/http/handle-route";
import { parseUtcOffset } from "@/server/http/read-utc-offset";
import { getStudyQueue } from "@/server/study/get-study-queue";

/** The deck's study queue at the current time: `?tz=<minutes east of UTC>&limit=<1..200>`. */
export const GET = handleRoute(async (request: Request, context: { params: Promise<{ deckId: string }> }) => {
  const user = await requireUser();
  const { deckId } = await context.params;
  const url = new URL(request.url);
  const limitParam = url.searchParams.get("limit");
  const queue = await getStudyQueue(
    {
      userId: user.id,
      deckId,
      utcOffsetMinutes: parseUtcOffset(url.searchParams.get("tz")),
      limit: limitParam && /^\d{1,3}$/.test(limitParam) ? Number(limitParam) : undefined,
    },
    await currentTime(),
  );
  return Response.json(queue, { headers: { "Cache-Control": "no-store" } });
});
