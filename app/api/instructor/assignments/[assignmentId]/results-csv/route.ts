import { instructorRoles, requireUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { rowIdSchema } from "@/server/content/ids";
import { handleRoute } from "@/server/http/handle-route";
import { exportAssignmentResults } from "@/server/quiz/export-assignment-results";

/** GET: an assignment's results (one row per attempt) as a CSV download. The class's instructor only. */
export const GET = handleRoute(async (_request: Request, context: { params: Promise<{ assignmentId: string }> }) => {
  const user = await requireUser(instructorRoles);
  const assignmentId = rowIdSchema.parse((await context.params).assignmentId);
  const { csv, fileName } = await exportAssignmentResults(user, assignmentId, await currentTime());
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
