"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { instructorRoles, requireUser } from "@/server/auth/session-user";
import { runAction } from "@/server/http/run-action";
import { createAssignment } from "@/server/quiz/create-assignment";

/** The form sends dates as ISO strings (converted from the instructor's local time in the browser). */
export async function createAssignmentAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const classId = String(formData.get("classId") ?? "");
  const result = await runAction(async () => {
    const user = await requireUser(instructorRoles);
    const limit = String(formData.get("timeLimit") ?? "").trim();
    const unit = formData.get("timeLimitUnit") === "seconds" ? 1 : 60;
    return createAssignment(user, {
      classId,
      questionSetId: formData.get("questionSetId"),
      rules: {
        title: formData.get("title") ?? "",
        questionCount: formData.get("questionCount") ?? "",
        questionTypes: formData.getAll("questionTypes"),
        selection: formData.get("selection"),
        shuffleOptions: formData.get("shuffleOptions") === "on",
        opensAt: formData.get("opensAt") ?? "",
        dueAt: formData.get("dueAt") ?? "",
        timeLimitSeconds: limit === "" ? null : Math.round(Number(limit) * unit),
        maxAttempts: formData.get("maxAttempts") ?? "",
        grading: formData.get("grading"),
        showAnswers: formData.get("showAnswers"),
      },
    });
  });
  if (result.ok) redirect(`/instructor/classes/${classId}/assignments/${result.data.id}`);
  return result;
}
