import { afterAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/server/db/client";
import { getStudySettings } from "./get-study-settings";
import { createStudent } from "./study-fixtures.int-helpers";
import { updateStudySettings } from "./update-study-settings";

afterAll(async () => {
  await db.$disconnect();
});

describe("study settings", () => {
  it("has defaults, saves valid values and keeps fitted parameters", async () => {
    const student = await createStudent();
    expect(await getStudySettings(student.id)).toEqual({
      desiredRetention: 0.9,
      newCardsPerDay: 20,
      maximumInterval: 36500,
      parameters: null,
      parametersFittedAt: null,
    });
    const saved = await updateStudySettings(student.id, { desiredRetention: 0.85, newCardsPerDay: 5, maximumInterval: 365 });
    expect(saved).toMatchObject({ desiredRetention: 0.85, newCardsPerDay: 5, maximumInterval: 365 });
    const weights = Array.from({ length: 21 }, (_, i) => [0.3, 1.2, 3, 9, 6, 0.8, 3, 0.01, 1.8, 0.15, 0.8, 1.5, 0.06, 0.26, 1.6, 0.6, 1.9, 0.5, 0.1, 0.07, 0.2][i]!);
    await db.studySettings.update({ where: { userId: student.id }, data: { parameters: weights } });
    const again = await updateStudySettings(student.id, { desiredRetention: 0.8, newCardsPerDay: 10, maximumInterval: 1000 });
    expect(again.parameters).toEqual(weights);
  });

  it("rejects values out of range", async () => {
    const student = await createStudent();
    for (const bad of [
      { desiredRetention: 0.69, newCardsPerDay: 20, maximumInterval: 100 },
      { desiredRetention: 0.98, newCardsPerDay: 20, maximumInterval: 100 },
      { desiredRetention: 0.9, newCardsPerDay: -1, maximumInterval: 100 },
      { desiredRetention: 0.9, newCardsPerDay: 2.5, maximumInterval: 100 },
      { desiredRetention: 0.9, newCardsPerDay: 20, maximumInterval: 0 },
      { desiredRetention: 0.9, newCardsPerDay: 20, maximumInterval: 40000 },
    ]) {
      await expect(updateStudySettings(student.id, bad)).rejects.toBeInstanceOf(ZodError);
    }
    expect(await db.studySettings.count({ where: { userId: student.id } })).toBe(0);
  });
});
