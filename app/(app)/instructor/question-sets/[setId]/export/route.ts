import { instructorRoles, requireUser } from "@/server/auth/session-user";
import { exportQuestionSetCsv } from "@/server/content/export-question-set-csv";
import { rowIdSchema } from "@/server/content/ids";
import { handleRoute } from "@/server/http/handle-route";

/** GET: the question set as a CSV download (UTF-8 with BOM). Owner only. */
export const GET = handleRoute(async (_request: Request, context: { params: Promise<{ setId: string }> }) => {
  const user = await requireUser(instructorRoles);
  const setId = rowIdSchema.parse((await context.params).setId);
  const { csv, fileName } = await exportQuestionSetCsv(user, setId);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
