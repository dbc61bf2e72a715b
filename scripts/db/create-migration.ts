// `npm run db:migration -- <name>`: after editing prisma/models.prisma, write the migration that brings each
// database from its committed migrations to the new models: prisma/{sqlite,postgresql}/migrations/<ts>_<name>/.
// Offline equivalent of `prisma migrate dev --create-only`, for both databases at once.
//
// Steps: (1) re-derive prisma/{sqlite,postgresql}/schema.prisma and regenerate the clients; (2) per provider, on a
// throwaway main database (a temp SQLite file; a `qw_migrate_*` database on the PostgreSQL server), apply the
// committed migrations, ask the engine for its dev diagnostic, then `createMigration` (which replays the migrations
// on shadow databases — in-memory SQLite; throwaway `qw_shadow_*` PostgreSQL databases — and diffs against the schema);
// (3) write the scripts under one shared timestamp. Your own database is not touched: run `npm run db:migrate`.
//
// PostgreSQL server for the throwaway databases: DATABASE_URL when it is postgresql://, else
// postgresql://postgres@127.0.0.1:5432/postgres.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DatabaseProvider } from "@/lib/database-url";
import { migrationsDir, postgresServerUrl, PROVIDERS, readDerivedSchema, ROOT } from "./migrations-folder";
import { createTemporaryDatabase, dropDatabase } from "./postgres-databases";
import {
  engineErrorMessage,
  type EngineTarget,
  isMissingMigrationsTable,
  MIGRATION_LOCK_FILE,
  migrationLockContent,
  NO_FILTER,
  readMigrationList,
  withSchemaEngine,
} from "./schema-engine";

/** Prisma's migration folder timestamp: UTC YYYYMMDDHHMMSS. */
export function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** The script that takes `provider`'s committed migrations to its derived schema, or null when there is nothing to do. */
export async function generateMigrationScript(provider: DatabaseProvider, name: string): Promise<string | null> {
  const schema = await readDerivedSchema(provider);
  const migrationsList = await readMigrationList(migrationsDir(provider));

  const run = (target: EngineTarget) =>
    withSchemaEngine(target, schema, async (engine) => {
      // The throwaway main database gets the committed history, so the engine sees it up to date.
      await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
      // createMigration relies on state devDiagnostic sets up (without it the SQLite engine asks for an "external
      // shadow DB factory"); on a fresh database it fails with P1014 until applyMigrations made the table.
      let diagnostic;
      try {
        diagnostic = await engine.devDiagnostic({ migrationsList, filters: NO_FILTER });
      } catch (error) {
        if (!isMissingMigrationsTable(error)) throw error;
        await engine.applyMigrations({ migrationsList: { ...migrationsList, migrationDirectories: [] }, filters: NO_FILTER });
        diagnostic = await engine.devDiagnostic({ migrationsList, filters: NO_FILTER });
      }
      if (diagnostic.action.tag === "reset") {
        throw new Error(`the committed migrations cannot be replayed cleanly: ${diagnostic.action.reason}`);
      }
      const created = await engine.createMigration({
        draft: false,
        migrationName: name,
        migrationsList,
        schema: { files: [schema] },
        filters: NO_FILTER,
      });
      return created.migrationScript;
    });

  if (provider === "sqlite") {
    const dir = await mkdtemp(path.join(tmpdir(), "qw-migrate-"));
    try {
      return await run({ provider, file: path.join(dir, "main.db") });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  const server = postgresServerUrl();
  const main = await createTemporaryDatabase(server, "qw_migrate");
  try {
    return await run({ provider, url: main.url, shadowServerUrl: server });
  } finally {
    await dropDatabase(server, main.name);
  }
}

async function main() {
  const name = (process.argv[2] ?? "").trim();
  if (!/^[a-z0-9][a-z0-9_]*$/.test(name)) {
    console.error("usage: npm run db:migration -- <name>   (lower-case letters, digits and _; e.g. add_card_notes)");
    process.exit(2);
  }

  // (1) derived schemas + clients from prisma/models.prisma
  const regenerate = spawnSync(process.execPath, [path.join(ROOT, "scripts/db/generate-clients.mjs")], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (regenerate.status !== 0) process.exit(regenerate.status ?? 1);

  // (2) one script per provider, computed before anything is written
  const folder = `${migrationTimestamp(new Date())}_${name}`;
  const scripts = new Map<DatabaseProvider, string | null>();
  for (const provider of PROVIDERS) {
    try {
      scripts.set(provider, await generateMigrationScript(provider, name));
    } catch (error) {
      console.error(`[db:migration] ${provider}: ${engineErrorMessage(error)}`);
      process.exit(1);
    }
  }

  // (3) write
  let written = 0;
  for (const provider of PROVIDERS) {
    const script = scripts.get(provider);
    if (!script) {
      console.log(`[db:migration] ${provider}: no schema changes, nothing written`);
      continue;
    }
    const base = migrationsDir(provider);
    const dir = path.join(base, folder);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), script);
    const lock = path.join(base, MIGRATION_LOCK_FILE);
    if (!existsSync(lock)) await writeFile(lock, migrationLockContent(provider));
    console.log(`[db:migration] ${provider}: wrote ${path.relative(ROOT, path.join(dir, "migration.sql"))}`);
    written++;
  }
  if (written) console.log("[db:migration] review the SQL, then `npm run db:migrate` applies it to your database");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  await main();
}
