import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { DEFAULT_SQLITE_URL, type DatabaseProvider, databaseProviderOf, redactUrl, sqliteFilePath } from "@/lib/database-url";

/**
 * Applies pending migrations from prisma/<provider>/migrations — the offline equivalent of `prisma migrate deploy`,
 * used by `npm run db:migrate`, at app start-up and by the integration tests.
 *
 * Each migration.sql is plain SQL (written by `npm run db:migration`). Folders are applied in name order, each in its
 * own transaction, and recorded in `_prisma_migrations` exactly as Prisma's engine records them (same table, sha256
 * checksum of the file, timestamps, applied_steps_count 1), so the official CLI agrees with what ran here.
 *
 * Concurrency: several app instances may start at once.
 * - PostgreSQL: a session advisory lock — the same key Prisma's engine takes (72707369), so this runner and
 *   `prisma migrate deploy` exclude each other too — held for the whole run.
 * - SQLite: every step runs in BEGIN IMMEDIATE (the write lock) and re-reads the applied set inside it.
 *
 * Safety: a migration whose file changed after it was applied (checksum mismatch) or one left unfinished by the
 * official CLI stops the run with a message saying what to do; nothing is applied then.
 */

export const MIGRATIONS_TABLE = "_prisma_migrations";
/** Prisma's own migration advisory lock key. */
export const PRISMA_ADVISORY_LOCK_KEY = 72707369;

/** The table as Prisma's schema engine creates it (copied from the engine so the layout is identical). */
const CREATE_TABLE: Record<DatabaseProvider, string> = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`,
  postgresql: `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`,
};

export class MigrationError extends Error {
  override name = "MigrationError";
}

export interface MigrationFile {
  /** Folder name, e.g. `20260101120000_init`. */
  name: string;
  script: string;
  /** sha256 (hex) of migration.sql, as Prisma records it. */
  checksum: string;
}

export interface ApplyMigrationsOptions {
  /** Folder holding the `<timestamp>_<name>/migration.sql` folders; default `prisma/<provider>/migrations`. */
  migrationsDir?: string;
  /** Progress messages; default: none. */
  log?: (message: string) => void;
}

export interface ApplyMigrationsResult {
  provider: DatabaseProvider;
  /** Names applied by this call, in order. */
  applied: string[];
  /** Migrations found already applied. */
  alreadyApplied: number;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** sha256 hex of a migration script, as Prisma's engine computes it. */
export function migrationChecksum(script: string): string {
  return createHash("sha256").update(script, "utf8").digest("hex");
}

/** Prisma accepts a file whose line endings were changed by git (CRLF ↔ LF); so do we. */
function checksumMatches(script: string, recorded: string): boolean {
  return (
    migrationChecksum(script) === recorded ||
    migrationChecksum(script.replace(/\r\n/g, "\n")) === recorded ||
    migrationChecksum(script.replace(/\r?\n/g, "\r\n")) === recorded
  );
}

export function defaultMigrationsDir(provider: DatabaseProvider): string {
  return path.join(process.cwd(), "prisma", provider, "migrations");
}

/** The migrations in a folder, in the order they apply (folder name order, as Prisma sorts them). */
export function readMigrations(dir: string): MigrationFile[] {
  if (!existsSync(dir)) throw new MigrationError(`Migrations folder not found: ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!existsSync(file)) throw new MigrationError(`Migration ${name} has no migration.sql (${file})`);
      const script = readFileSync(file, "utf8");
      return { name, script, checksum: migrationChecksum(script) };
    });
}

/**
 * Checks the recorded history against the folder; returns the migrations still to apply (in order).
 * Throws MigrationError for an edited or unfinished migration.
 */
export function pendingMigrations(migrations: MigrationFile[], rows: MigrationRow[]): MigrationFile[] {
  const unfinished = rows.filter((row) => row.finished_at == null && row.rolled_back_at == null);
  if (unfinished.length > 0) {
    throw new MigrationError(
      `Migration ${unfinished.map((row) => row.migration_name).join(", ")} started but never finished ` +
        "(a failed `prisma migrate deploy`?). Repair the database by hand, then mark it with " +
        "`prisma migrate resolve --applied <name>` or `--rolled-back <name>`.",
    );
  }
  const applied = new Map<string, MigrationRow>();
  for (const row of rows) if (row.finished_at != null && row.rolled_back_at == null) applied.set(row.migration_name, row);

  const edited = migrations.filter((m) => {
    const row = applied.get(m.name);
    return row !== undefined && !checksumMatches(m.script, row.checksum);
  });
  if (edited.length > 0) {
    const details = edited
      .map((m) => `  ${m.name}: recorded ${applied.get(m.name)?.checksum}, file has ${m.checksum}`)
      .join("\n");
    throw new MigrationError(
      `Checksum mismatch: ${edited.length === 1 ? "this migration was" : "these migrations were"} edited after ` +
        `being applied to the database:\n${details}\n` +
        "Applied migrations must never change. Restore the original migration.sql (git checkout) and put the change " +
        "in a new migration (`npm run db:migration -- <name>`).",
    );
  }
  return migrations.filter((m) => !applied.has(m.name));
}

/**
 * Applies pending migrations to the database at `url` (default: DATABASE_URL, else the embedded SQLite database).
 */
export async function applyMigrations(
  url: string | undefined = process.env.DATABASE_URL || DEFAULT_SQLITE_URL,
  options: ApplyMigrationsOptions = {},
): Promise<ApplyMigrationsResult> {
  const provider = databaseProviderOf(url);
  const migrations = readMigrations(options.migrationsDir ?? defaultMigrationsDir(provider));
  const log = options.log ?? (() => {});
  return provider === "sqlite"
    ? applySqlite(sqliteFilePath(url), migrations, log)
    : applyPostgresql(url, migrations, log);
}

// ---------------------------------------------------------------- SQLite

/** Timestamps in the format Prisma's engine writes to SQLite (`2026-01-01T12:00:00.000+00:00`). */
function sqliteTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

function applySqlite(file: string, migrations: MigrationFile[], log: (message: string) => void): ApplyMigrationsResult {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  // A long busy timeout: another instance may be running a long migration right now; wait for it.
  const db = new Database(file, { timeout: 60_000 });
  try {
    db.pragma("journal_mode = WAL");
    // Foreign keys OFF while migrating, as SQLite prescribes for schema changes: Prisma's table redefinitions
    // (CREATE new, copy, DROP old, RENAME) would otherwise fire ON DELETE CASCADE on the DROP and delete child rows;
    // their own `PRAGMA foreign_keys=OFF` is a no-op inside our transaction. Integrity is checked before each commit.
    db.pragma("foreign_keys = OFF");

    const applied: string[] = [];
    let alreadyApplied = 0;
    for (;;) {
      db.exec("BEGIN IMMEDIATE");
      try {
        db.exec(CREATE_TABLE.sqlite);
        const rows = db
          .prepare(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "${MIGRATIONS_TABLE}"`)
          .all() as MigrationRow[];
        const pending = pendingMigrations(migrations, rows);
        if (applied.length === 0) alreadyApplied = migrations.length - pending.length;
        const next = pending[0];
        if (!next) {
          db.exec("COMMIT");
          break;
        }
        log(`applying ${next.name}`);
        const startedAt = sqliteTimestamp(new Date());
        try {
          db.exec(next.script);
        } catch (error) {
          throw new MigrationError(`Migration ${next.name} failed: ${error instanceof Error ? error.message : error}`);
        }
        const violations = db.pragma("foreign_key_check") as unknown[];
        if (violations.length > 0) {
          throw new MigrationError(
            `Migration ${next.name} leaves ${violations.length} foreign key violation(s), e.g. ${JSON.stringify(violations[0])}`,
          );
        }
        db.prepare(
          `INSERT INTO "${MIGRATIONS_TABLE}" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
        ).run(randomUUID(), next.checksum, sqliteTimestamp(new Date()), next.name, startedAt);
        db.exec("COMMIT");
        applied.push(next.name);
      } catch (error) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw error;
      }
    }
    return { provider: "sqlite", applied, alreadyApplied };
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------- PostgreSQL

async function applyPostgresql(
  url: string,
  migrations: MigrationFile[],
  log: (message: string) => void,
): Promise<ApplyMigrationsResult> {
  const schema = new URL(url).searchParams.get("schema");
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new MigrationError(
      `Cannot connect to ${redactUrl(url)}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    if (schema) {
      const quoted = `"${schema.replace(/"/g, '""')}"`;
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
      await client.query(`SET search_path TO ${quoted}`);
    }
    // Waits while another instance (or `prisma migrate deploy`) migrates; released with the session at the latest.
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    try {
      await client.query(CREATE_TABLE.postgresql);
      const { rows } = await client.query<MigrationRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM ${MIGRATIONS_TABLE}`,
      );
      const pending = pendingMigrations(migrations, rows);
      const applied: string[] = [];
      for (const next of pending) {
        log(`applying ${next.name}`);
        await client.query("BEGIN");
        try {
          const { rows: startRows } = await client.query<{ now: Date }>("SELECT clock_timestamp() AS now");
          try {
            await client.query(next.script); // simple-query protocol: the whole file at once
          } catch (error) {
            throw new MigrationError(`Migration ${next.name} failed: ${error instanceof Error ? error.message : error}`);
          }
          await client.query(
            `INSERT INTO ${MIGRATIONS_TABLE} (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
             VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
            [randomUUID(), next.checksum, next.name, startRows[0]?.now ?? new Date()],
          );
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {});
          throw error;
        }
        applied.push(next.name);
      }
      return { provider: "postgresql", applied, alreadyApplied: migrations.length - pending.length };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end();
  }
}
