import "server-only";
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { DEFAULT_SQLITE_URL, databaseProviderOf, sqliteFilePath } from "@/lib/database-url";

/** better-sqlite3 clamps the pages-per-step to 0..2^31-1 (0 would copy nothing): this means "all remaining pages". */
const ALL_PAGES = 0x7fffffff;

/**
 * Online backup of the embedded SQLite database, safe while the app runs and writes.
 *
 * Uses SQLite's online backup API (better-sqlite3 `.backup()`): it copies the pages of one consistent snapshot.
 * Copying all remaining pages in a single step means a concurrent write cannot restart the copy
 * indefinitely; in WAL mode the app's writers are not blocked meanwhile (they append to the WAL). The copy goes to a
 * temporary file that is checked (`PRAGMA quick_check`), switched to a self-contained rollback-journal file (no -wal
 * or -shm needed next to it), then renamed into place, so `destination` is either the previous file or a complete
 * backup, never a partial one.
 *
 * PostgreSQL deployments use pg_dump / pg_restore instead (docs/operations.md).
 */

export interface BackupResult {
  source: string;
  destination: string;
  bytes: number;
  durationMs: number;
}

export class BackupError extends Error {
  override name = "BackupError";
}

/** Backs up the SQLite database at `url` (default: DATABASE_URL, else the embedded database) to `destination`. */
export async function backupDatabase(
  destination: string,
  url: string = process.env.DATABASE_URL || DEFAULT_SQLITE_URL,
): Promise<BackupResult> {
  if (databaseProviderOf(url) !== "sqlite") {
    throw new BackupError("db:backup handles the embedded SQLite database; back up PostgreSQL with pg_dump (docs/operations.md)");
  }
  const source = sqliteFilePath(url);
  const target = path.resolve(destination);
  if (!existsSync(source)) throw new BackupError(`No database at ${source}`);
  if (target === source) throw new BackupError("The backup file cannot be the database itself");

  const started = performance.now();
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.partial-${process.pid}`;
  const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
  try {
    await db.backup(temporary, { progress: () => ALL_PAGES });
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new BackupError(`Backup failed: ${error instanceof Error ? error.message : error}`);
  } finally {
    db.close();
  }

  const copy = new Database(temporary);
  try {
    copy.pragma("journal_mode = DELETE");
    const check = copy.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new BackupError(`The backup copy failed its integrity check: ${check}`);
  } catch (error) {
    copy.close();
    rmSync(temporary, { force: true });
    throw error;
  }
  copy.close();
  renameSync(temporary, target);
  return { source, destination: target, bytes: statSync(target).size, durationMs: performance.now() - started };
}
