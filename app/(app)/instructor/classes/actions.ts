"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { instructorRoles, requireUser } from "@/server/auth/session-user";
import { createClass } from "@/server/classes/create-class";
import { runAction } from "@/server/http/run-action";

export async function createClassAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const user = await requireUser(instructorRoles);
    const courseId = String(formData.get("courseId") ?? "");
    return createClass(user, { name: formData.get("name") ?? "", courseId: courseId === "" ? null : courseId });
  });
  if (result.ok) redirect(`/instructor/classes/${result.data.id}?created=1`);
  return result;
}
