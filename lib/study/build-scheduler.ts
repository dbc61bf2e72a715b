import { z } from "zod";
import { checkParameters, default_w, fsrs, generatorParameters, type FSRS } from "ts-fsrs";

/** Bounds of the per-student study settings (StudySettings table). */
export const DESIRED_RETENTION_MIN = 0.7;
export const DESIRED_RETENTION_MAX = 0.97;
export const DEFAULT_DESIRED_RETENTION = 0.9;
export const DEFAULT_NEW_CARDS_PER_DAY = 20;
export const DEFAULT_MAXIMUM_INTERVAL = 36500;

/** FSRS-6 weights: 21 finite numbers. */
export const fsrsParametersSchema = z.array(z.number().finite()).length(21);

/** What a student may change on the settings page. */
export const studySettingsInputSchema = z.object({
  desiredRetention: z.number().min(DESIRED_RETENTION_MIN).max(DESIRED_RETENTION_MAX),
  newCardsPerDay: z.number().int().min(0).max(1000),
  maximumInterval: z.number().int().min(1).max(DEFAULT_MAXIMUM_INTERVAL),
});
export type StudySettingsInput = z.infer<typeof studySettingsInputSchema>;

/** What the scheduler needs; `parameters` null means FSRS-6's defaults. */
export type SchedulerSettings = {
  desiredRetention: number;
  maximumInterval: number;
  parameters: readonly number[] | null;
  /** Off unless asked for: tests and previews must be deterministic. */
  enableFuzz?: boolean;
};

export const defaultSchedulerSettings: SchedulerSettings = {
  desiredRetention: DEFAULT_DESIRED_RETENTION,
  maximumInterval: DEFAULT_MAXIMUM_INTERVAL,
  parameters: null,
};

export const defaultParameters: readonly number[] = default_w;

/**
 * Reads fitted weights stored as JSON (StudySettings.parameters). Anything that is not 21 finite numbers
 * accepted by ts-fsrs falls back to the defaults (null), so a bad row can never break studying.
 */
export function parseStoredParameters(json: unknown): number[] | null {
  const parsed = fsrsParametersSchema.safeParse(json);
  if (!parsed.success) return null;
  try {
    checkParameters(parsed.data);
  } catch {
    return null;
  }
  return parsed.data;
}

/** An FSRS-6 scheduler for one student's settings (learning steps 1m/10m, relearning 10m: ts-fsrs defaults). */
export function buildScheduler(settings: SchedulerSettings): FSRS {
  const retention = Math.min(DESIRED_RETENTION_MAX, Math.max(DESIRED_RETENTION_MIN, settings.desiredRetention));
  const maximumInterval = Math.min(DEFAULT_MAXIMUM_INTERVAL, Math.max(1, Math.round(settings.maximumInterval)));
  return fsrs(
    generatorParameters({
      request_retention: retention,
      maximum_interval: maximumInterval,
      w: settings.parameters ? [...settings.parameters] : [...default_w],
      enable_fuzz: settings.enableFuzz ?? false,
      enable_short_term: true,
    }),
  );
}
