import "server-only";
import { studySettingsInputSchema, type StudySettingsInput } from "@/lib/study/build-scheduler";
import { db } from "@/server/db/client";
import { getStudySettings, userIdSchema, type StudySettingsView } from "./get-study-settings";

/**
 * Saves a student's desired retention (0.70–0.97), new cards per day (0–1000) and maximum interval (1–36500 days).
 * Fitted parameters are kept. Invalid input throws a ZodError (400 with field errors).
 */
export async function updateStudySettings(userId: string, input: StudySettingsInput): Promise<StudySettingsView> {
  const id = userIdSchema.parse(userId);
  const data = studySettingsInputSchema.parse(input);
  await db.studySettings.upsert({
    where: { userId: id },
    create: { userId: id, ...data },
    update: data,
  });
  return getStudySettings(id);
}
