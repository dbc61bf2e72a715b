import "server-only";
import { z } from "zod";
import {
  DEFAULT_DESIRED_RETENTION,
  DEFAULT_MAXIMUM_INTERVAL,
  DEFAULT_NEW_CARDS_PER_DAY,
  parseStoredParameters,
} from "@/lib/study/build-scheduler";
import { db, type TransactionClient } from "@/server/db/client";

export type StudySettingsView = {
  desiredRetention: number;
  newCardsPerDay: number;
  maximumInterval: number;
  /** Fitted FSRS weights, or null for the defaults. */
  parameters: number[] | null;
  parametersFittedAt: Date | null;
};

export const userIdSchema = z.string().min(1).max(64);

/** A student's study settings; the defaults when they never saved any. */
export async function getStudySettings(userId: string, client: TransactionClient | typeof db = db): Promise<StudySettingsView> {
  const id = userIdSchema.parse(userId);
  const row = await client.studySettings.findUnique({ where: { userId: id } });
  if (!row) {
    return {
      desiredRetention: DEFAULT_DESIRED_RETENTION,
      newCardsPerDay: DEFAULT_NEW_CARDS_PER_DAY,
      maximumInterval: DEFAULT_MAXIMUM_INTERVAL,
      parameters: null,
      parametersFittedAt: null,
    };
  }
  return {
    desiredRetention: row.desiredRetention,
    newCardsPerDay: row.newCardsPerDay,
    maximumInterval: row.maximumInterval,
    parameters: parseStoredParameters(row.parameters),
    parametersFittedAt: row.parametersFittedAt,
  };
}
