"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { instructorRoles, requireUser } from "@/server/auth/session-user";
import { removeStudent } from "@/server/classes/remove-student";
import { currentTime } from "@/server/clock";
import { runAction } from "@/server/http/run-action";

export async function removeStudentAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser(instructorRoles);
    const input = { classId: formData.get("classId"), userId: formData.get("userId") };
    await removeStudent(user, input, await currentTime());
    revalidatePath(`/instructor/classes/${String(input.classId)}`);
  });
}
