"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { requireUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { runAction } from "@/server/http/run-action";
import { startAttempt } from "@/server/quiz/start-attempt";

export async function startAttemptAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const user = await requireUser();
    return startAttempt(user, { assignmentId: formData.get("assignmentId") }, await currentTime());
  });
  if (result.ok) redirect(`/quiz/${result.data.attemptId}`);
  return result;
}
