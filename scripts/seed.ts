/**
 * `npm run db:seed [-- --force]`: loads the course content in content/ into the database and generates its question
 * sets (server/content/sync-course-content.ts). Idempotent; run by `npm start` and the e2e server after migrations.
 */
import { syncCourseContent } from "@/server/content/sync-course-content";

async function main() {
  const started = performance.now();
  const report = await syncCourseContent({ force: process.argv.includes("--force") }, new Date());
  const q = report.questions;
  console.log(
    `quizwright: content: ${report.courses} course(s), ${report.documents} document(s), ${report.generated} regenerated ` +
      `(questions: ${q.created} new, ${q.updated} updated, ${q.unchanged} unchanged, ${q.deleted} removed, ${q.retired} retired) ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(`quizwright: loading content failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
