// `npm run db:migrate`: apply pending migrations to DATABASE_URL (unset: the embedded SQLite database), offline.
// Same effect and same `_prisma_migrations` bookkeeping as `prisma migrate deploy`; see server/db/apply-migrations.ts.
//
// Run as `node --conditions=react-server --import tsx scripts/db/migrate.ts`: server/ modules start with
// `import "server-only"`, whose package export throws unless resolved under the `react-server` condition (then it is
// an empty module), as it is inside Next's server graph.
import { DEFAULT_SQLITE_URL, redactUrl } from "@/lib/database-url";
import { applyMigrations, MigrationError } from "@/server/db/apply-migrations";

const url = process.env.DATABASE_URL || DEFAULT_SQLITE_URL;
try {
  const result = await applyMigrations(url, { log: (message) => console.log(`[db:migrate] ${message}`) });
  console.log(
    `[db:migrate] ${redactUrl(url)} (${result.provider}): ` +
      (result.applied.length
        ? `applied ${result.applied.length} migration(s); ${result.alreadyApplied} were already applied`
        : `up to date (${result.alreadyApplied} migrations applied)`),
  );
} catch (error) {
  console.error(`[db:migrate] ${error instanceof MigrationError ? error.message : error instanceof Error ? error.stack : error}`);
  process.exit(1);
}
