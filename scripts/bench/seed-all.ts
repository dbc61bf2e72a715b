/** Everything the load benchmark seeds, in order (seed.ts, then seed-class.ts). */
import { openBulkWriter } from "./bulk-insert";
import { seedStudy, type SeedStudy } from "./seed";
import { seedClass, type SeedClass } from "./seed-class";

export type Seeded = SeedStudy & { class: SeedClass };

export async function seedAll(url: string, now: Date): Promise<Seeded> {
  const writer = await openBulkWriter(url);
  try {
    const study = await seedStudy(writer, now);
    const started = performance.now();
    const cls = await seedClass(writer, study, now);
    study.timings["class, assignments, attempts"] = Math.round(performance.now() - started);
    Object.assign(study.counts, cls.counts);
    return { ...study, class: cls };
  } finally {
    await writer.close();
  }
}
