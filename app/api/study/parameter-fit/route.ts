import { requireUser } from "@/server/auth/session-user";
import { handleRoute } from "@/server/http/handle-route";
import { getParameterFit } from "@/server/study/get-parameter-fit";

/** The student's latest optimizer run (polled by the settings page while it runs). */
export const GET = handleRoute(async () => {
  const user = await requireUser();
  const fit = await getParameterFit(user.id);
  return Response.json({ fit }, { headers: { "Cache-Control": "no-store" } });
});
