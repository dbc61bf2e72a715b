"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { requireUser } from "@/server/auth/session-user";
import { setUserRole } from "@/server/auth/set-user-role";
import { runAction } from "@/server/http/run-action";

export async function setUserRoleAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireUser(["admin"]);
    await setUserRole(actor, { userId: formData.get("userId"), role: formData.get("role") });
    revalidatePath("/admin/users");
  });
}
