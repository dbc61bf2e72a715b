"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { requireUser } from "@/server/auth/session-user";
import { joinClass } from "@/server/classes/join-class";
import { currentTime } from "@/server/clock";
import { runAction } from "@/server/http/run-action";

export async function joinClassAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const user = await requireUser();
    return joinClass(user, { code: formData.get("code") ?? "" }, await currentTime());
  });
  if (result.ok) redirect(`/classes/${result.data.classId}`);
  return result;
}
