import path from "node:path";
import { z } from "zod";

/**
 * Which database a DATABASE_URL points at, and where an SQLite URL's file is. Pure (no I/O) so that the app
 * (server/db/client.ts), the CLI config (prisma.config.ts) and the db scripts all read a URL the same way.
 */

export type DatabaseProvider = "sqlite" | "postgresql";

/** The embedded database used when DATABASE_URL is unset; relative to the working directory. */
export const DEFAULT_SQLITE_URL = "file:./data/quizwright.db";

export const databaseUrlSchema = z
  .string()
  .trim()
  .min(1)
  .refine((url) => /^(file:|postgres(ql)?:\/\/)/i.test(url), {
    message: "DATABASE_URL must start with file: (SQLite) or postgresql:// / postgres:// (PostgreSQL)",
  });

/** `postgresql://` and `postgres://` mean PostgreSQL; `file:` or no URL means SQLite. */
export function databaseProviderOf(url: string | undefined): DatabaseProvider {
  if (url === undefined || url.trim() === "") return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (/^file:/i.test(url)) return "sqlite";
  throw new Error(`Unsupported DATABASE_URL scheme: ${redactUrl(url)} (expected file: or postgresql://)`);
}

/**
 * The absolute file path of an SQLite URL (`file:./x.db`, `file:/abs/x.db`, `file:///abs/x.db`), resolved against
 * `cwd` when relative; any `?query` is dropped. `:memory:` stays as is.
 */
export function sqliteFilePath(url: string = DEFAULT_SQLITE_URL, cwd: string = process.cwd()): string {
  if (databaseProviderOf(url) !== "sqlite") throw new Error(`Not an SQLite URL: ${redactUrl(url)}`);
  let file = url.trim().replace(/^file:/i, "");
  const query = file.indexOf("?");
  if (query >= 0) file = file.slice(0, query);
  if (file.startsWith("//")) file = decodeURIComponent(new URL(`file:${file}`).pathname);
  if (file === ":memory:") return file;
  if (file === "") throw new Error("SQLite DATABASE_URL has no file path");
  return path.resolve(cwd, file);
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, "$1:***@");
}
