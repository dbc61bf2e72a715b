"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { requireUser } from "@/server/auth/session-user";
import { currentTime } from "@/server/clock";
import { readUtcOffsetCookie } from "@/server/http/read-utc-offset";
import { runAction } from "@/server/http/run-action";
import { startParameterFit } from "@/server/study/start-parameter-fit";
import { updateStudySettings } from "@/server/study/update-study-settings";

const formSchema = z.object({
  desiredRetentionPercent: z.coerce.number().min(70, "At least 70 %.").max(97, "At most 97 %."),
  newCardsPerDay: z.coerce.number().int("A whole number.").min(0, "At least 0.").max(1000, "At most 1000."),
  maximumInterval: z.coerce.number().int("A whole number of days.").min(1, "At least 1 day.").max(36500, "At most 36500 days."),
});

export async function updateStudySettingsAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    const form = formSchema.parse({
      desiredRetentionPercent: formData.get("desiredRetentionPercent"),
      newCardsPerDay: formData.get("newCardsPerDay"),
      maximumInterval: formData.get("maximumInterval"),
    });
    await updateStudySettings(user.id, {
      desiredRetention: Math.round(form.desiredRetentionPercent * 10) / 1000,
      newCardsPerDay: form.newCardsPerDay,
      maximumInterval: form.maximumInterval,
    });
    revalidatePath("/settings/study");
  });
}

/** The "Optimize" button: starts a background optimizer run and returns its id at once. */
export async function startOptimizerAction(): Promise<ActionResult<{ fitId: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const { fitId } = await startParameterFit(user.id, { utcOffsetMinutes: await readUtcOffsetCookie() }, await currentTime());
    return { fitId };
  });
}
