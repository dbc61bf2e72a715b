import "server-only";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { DEFAULT_SQLITE_URL, databaseProviderOf, sqliteFilePath } from "@/lib/database-url";

/** better-sqlite3 clamps the pages-per-step to 0..2^31-1 (0 would copy nothing): this means "all remaining pages". */
const ALL_PAGES = 0x7fffffff;

/**
 * Restores the embedded SQLite database from a file made by `backupDatabase` (`npm run db:restore -- <file>`).
 *
 * The safe approach, and why:
 * - It refuses while anything holds the database open (the app, a second app instance, a CLI). A running app keeps
 *   its connection, its page cache and its view of the WAL: swapping the file under it would let it keep writing to
 *   the replaced file (silently lost) or pair the new file with the old WAL (corruption); even a transactional
 *   in-place restore would have in-flight requests act on data that just jumped back in time. The check takes
 *   SQLite's exclusive lock, which fails while any other connection has the database open. So: stop the app,
 *   restore, start the app (start-up applies any migrations newer than the backup).
 * - The backup is checked first (`PRAGMA quick_check`, and it must hold Quizwright's `_prisma_migrations` table).
 * - The current database is first saved as `<db>.before-restore-<timestamp>` (with the same online backup API).
 * - The content is written with SQLite's backup API into the database path (what the sqlite3 shell's `.restore`
 *   does), i.e. inside one SQLite write transaction: a crash midway leaves the old database intact, and SQLite itself
 *   takes care of the -wal/-shm files. Afterwards the database is put back in WAL mode and checked.
 */

export interface RestoreResult {
  database: string;
  restoredFrom: string;
  /** Where the replaced database was saved; null when there was none. */
  previousSavedAs: string | null;
}

export class RestoreError extends Error {
  override name = "RestoreError";
}

function checkBackupFile(file: string): void {
  if (!existsSync(file)) throw new RestoreError(`No backup file at ${file}`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new RestoreError(`${file} cannot be opened as an SQLite database: ${error instanceof Error ? error.message : error}`);
  }
  try {
    const check = db.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new RestoreError(`${file} failed its integrity check: ${check}`);
    const table = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
    if (!table) throw new RestoreError(`${file} is not a Quizwright database (no _prisma_migrations table)`);
  } catch (error) {
    if (error instanceof RestoreError) throw error;
    throw new RestoreError(`${file} is not a readable SQLite database: ${error instanceof Error ? error.message : error}`);
  } finally {
    db.close();
  }
}

/**
 * Saves the current database (if any) after making sure nothing else has it open. Throws RestoreError if in use.
 * Returns the path of the saved copy.
 */
async function saveCurrentDatabase(database: string, now: Date): Promise<string | null> {
  if (!existsSync(database)) return null;
  const db = new Database(database, { fileMustExist: true, timeout: 0 });
  try {
    try {
      // Exclusive locking mode + an exclusive transaction: fails at once (SQLITE_BUSY) while another connection, in
      // this process or another, has the database open in WAL mode.
      db.pragma("locking_mode = EXCLUSIVE");
      db.exec("BEGIN EXCLUSIVE");
      db.exec("COMMIT");
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
        throw new RestoreError(
          `The database ${database} is in use (is the app running?). Stop every process using it, then restore.`,
        );
      }
      throw error;
    }
    const saved = `${database}.before-restore-${now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "")}`;
    await db.backup(saved, { progress: () => ALL_PAGES });
    return saved;
  } finally {
    db.close();
  }
}

/** Replaces the SQLite database at `url` (default: DATABASE_URL, else the embedded one) with the backup `file`. */
export async function restoreDatabase(
  file: string,
  url: string = process.env.DATABASE_URL || DEFAULT_SQLITE_URL,
  now: Date = new Date(),
): Promise<RestoreResult> {
  if (databaseProviderOf(url) !== "sqlite") {
    throw new RestoreError("db:restore handles the embedded SQLite database; restore PostgreSQL with pg_restore (docs/operations.md)");
  }
  const database = sqliteFilePath(url);
  const backup = path.resolve(file);
  if (backup === database) throw new RestoreError("The backup file is the database itself");
  checkBackupFile(backup);

  mkdirSync(path.dirname(database), { recursive: true });
  const previousSavedAs = await saveCurrentDatabase(database, now);

  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(database, { progress: () => ALL_PAGES });
  } catch (error) {
    throw new RestoreError(
      `Restore failed (the previous database is unchanged${previousSavedAs ? ` and saved as ${previousSavedAs}` : ""}): ` +
        `${error instanceof Error ? error.message : error}`,
    );
  } finally {
    source.close();
  }

  const restored = new Database(database, { fileMustExist: true });
  try {
    restored.pragma("journal_mode = WAL");
    const check = restored.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new RestoreError(`The restored database failed its integrity check: ${check}`);
  } finally {
    restored.close();
  }
  return { database, restoredFrom: backup, previousSavedAs };
}
