// `npm run db:restore -- <file>`: replace the embedded SQLite database with a backup made by `npm run db:backup`.
// Refuses while the database is in use: stop the app first; the replaced database is kept as
// <db>.before-restore-<timestamp>. See server/db/restore-database.ts; PostgreSQL: pg_restore (docs/operations.md).
// Run under `--conditions=react-server` so server/ modules' `import "server-only"` resolves to its empty module.
import { restoreDatabase, RestoreError } from "@/server/db/restore-database";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:restore -- <backup-file>   (stop the app first)");
  process.exit(2);
}
try {
  const result = await restoreDatabase(file);
  console.log(`[db:restore] ${result.database} restored from ${result.restoredFrom}`);
  if (result.previousSavedAs) console.log(`[db:restore] the replaced database was saved as ${result.previousSavedAs}`);
  console.log("[db:restore] start the app; it applies any migrations newer than the backup");
} catch (error) {
  console.error(`[db:restore] ${error instanceof RestoreError ? error.message : error instanceof Error ? error.stack : error}`);
  process.exit(1);
}
