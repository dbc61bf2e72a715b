// `npm run db:backup -- <file>`: online backup of the embedded SQLite database (safe while the app runs).
// See server/db/backup-database.ts; PostgreSQL: pg_dump (docs/operations.md).
// Run under `--conditions=react-server` so server/ modules' `import "server-only"` resolves to its empty module.
import { backupDatabase, BackupError } from "@/server/db/backup-database";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:backup -- <backup-file>   (e.g. backups/quizwright-$(date +%F).db)");
  process.exit(2);
}
try {
  const result = await backupDatabase(file);
  console.log(
    `[db:backup] ${result.source} → ${result.destination} (${(result.bytes / 1024).toFixed(0)} KiB, ${result.durationMs.toFixed(0)} ms)`,
  );
} catch (error) {
  console.error(`[db:backup] ${error instanceof BackupError ? error.message : error instanceof Error ? error.stack : error}`);
  process.exit(1);
}
