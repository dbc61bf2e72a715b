import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient as PostgresqlPrismaClient } from "@/generated/prisma-postgresql/client";
import { PrismaClient as SqlitePrismaClient } from "@/generated/prisma-sqlite/client";
import { DEFAULT_SQLITE_URL, type DatabaseProvider, databaseProviderOf, sqliteFilePath } from "@/lib/database-url";
import { env } from "@/server/env";

/**
 * The application's one Prisma client. `import { db } from "@/server/db/client"`; nothing else constructs a
 * PrismaClient.
 *
 * DATABASE_URL unset      → embedded SQLite at ./data/quizwright.db (relative to the working directory)
 * DATABASE_URL=file:...   → that SQLite file
 * DATABASE_URL=postgres(ql)://... → PostgreSQL through @prisma/adapter-pg
 *
 * Both clients are generated from the same models (prisma/models.prisma) by scripts/db/generate-clients.mjs.
 */

/**
 * The client's type. The PostgreSQL client is structurally the SQLite client plus a few PostgreSQL-only options
 * (e.g. `mode: "insensitive"` on string filters, more isolation levels), so typing `db` as the SQLite client limits
 * code to what works on both databases. Caveat the types cannot show: `contains`/`startsWith` are
 * case-insensitive for ASCII on SQLite (LIKE) but case-sensitive on PostgreSQL.
 */
export type Db = SqlitePrismaClient;
/** The client handed to `db.$transaction(async (tx) => ...)`. */
export type TransactionClient = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** SQLite's wait for a lock held by another connection before failing with SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * Per-connection settings for the embedded database:
 * - journal_mode=WAL: readers never block the writer and vice versa (persisted in the file, repeated for safety);
 * - busy_timeout: a writer waits for another writer's lock instead of failing at once;
 * - synchronous=NORMAL: in WAL mode this never corrupts the database; a power loss (not an app crash) can only
 *   lose the last transactions committed since the last checkpoint. FULL would fsync the WAL on every commit,
 *   which costs a lot of write throughput for little gain on this workload;
 * - foreign_keys=ON: SQLite enforces foreign keys (and so Prisma's onDelete: Cascade/SetNull) only when asked.
 */
export const SQLITE_PRAGMAS = [
  "PRAGMA journal_mode = WAL;",
  `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS};`,
  "PRAGMA synchronous = NORMAL;",
  "PRAGMA foreign_keys = ON;",
].join("\n");

/** Wraps the better-sqlite3 adapter factory to create the data directory and apply SQLITE_PRAGMAS on connect. */
class ConfiguredSqliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #file: string;
  readonly #inner: PrismaBetterSqlite3;

  constructor(file: string) {
    this.#file = file;
    this.#inner = new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    if (this.#file !== ":memory:") mkdirSync(path.dirname(this.#file), { recursive: true });
    const adapter = await this.#inner.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return adapter;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#inner.connectToShadowDb();
  }
}

/** Which database this process talks to (from DATABASE_URL). */
export function databaseProvider(): DatabaseProvider {
  return databaseProviderOf(env.DATABASE_URL);
}

/**
 * Interactive transactions wait up to 10 s for a connection (Prisma's default is 2 s) and may run 15 s (default 5 s).
 * Under a burst — a class submitting at the deadline, 500 students autosaving — the 2 s wait made PostgreSQL saves
 * and submissions fail with P2028 ("Unable to start a transaction in the given time", HTTP 500) although the
 * database was healthy; queueing a little longer is better than failing (issue 6, docs/reliability.md).
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

function createClient(): Db {
  const url = env.DATABASE_URL ?? DEFAULT_SQLITE_URL;
  if (databaseProviderOf(url) === "postgresql") {
    // `?schema=name` selects a PostgreSQL schema, as in Prisma's own URLs.
    const schema = new URL(url).searchParams.get("schema") ?? undefined;
    const client = new PostgresqlPrismaClient({
      adapter: new PrismaPg({ connectionString: url }, { schema }),
      transactionOptions: TRANSACTION_OPTIONS,
    });
    // The one cast in the codebase: the PostgreSQL client is used through the SQLite client's type (see `Db`).
    return client as unknown as Db;
  }
  return new SqlitePrismaClient({ adapter: new ConfiguredSqliteAdapterFactory(sqliteFilePath(url)), transactionOptions: TRANSACTION_OPTIONS });
}

// Next's dev server re-evaluates modules on every edit; keeping the client on globalThis stops each reload from
// opening another connection pool (and, on SQLite, another file handle).
const globalForDb = globalThis as typeof globalThis & { __quizwrightDb?: Db };

export const db: Db = globalForDb.__quizwrightDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.__quizwrightDb = db;
