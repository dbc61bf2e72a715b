import { instructorRoles, requireUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { rowIdSchema } from "@/server/content/ids";
import { handleRoute } from "@/server/http/handle-route";
import { exportGradebook } from "@/server/quiz/export-gradebook";

/** GET: the class's gradebook as a CSV download (UTF-8 with BOM, quoted, ISO dates). The class's instructor only. */
export const GET = handleRoute(async (_request: Request, context: { params: Promise<{ classId: string }> }) => {
  const user = await requireUser(instructorRoles);
  const classId = rowIdSchema.parse((await context.params).classId);
  const { csv, fileName } = await exportGradebook(user, classId, await currentTime());
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
