// Prisma's schema engine (the part of `prisma migrate` that diffs schemas and writes migration SQL), run in-process
// from its wasm build, so migrations can be created and checked without network access.
//
// The Prisma CLI would download a native schema-engine binary first; that fails on machines without network. The same
// engine is published as @prisma/schema-engine-wasm (pinned to the build the 7.10.0 CLI bundles) and talks to the
// database through a Prisma driver adapter. Each workaround below was a real failure (see /work/shared/NOTES.md):
//  1. load schema_engine_bg.js and instantiate the .wasm ourselves (Node cannot `import` a .wasm module), with
//     globalThis.PRISMA_WASM_PANIC_REGISTRY defined first or panic messages vanish;
//  2. hand the engine the adapter factory wrapped by bindMigrationAwareSqlAdapterFactory (it expects {ok, value});
//  3. SQLite shadow database: the engine replays each migration.sql with one parameterless executeRaw, which
//     better-sqlite3 rejects for multi-statement scripts: route those to executeScript;
//  4. adapter-pg: catalog queries return `"char"` columns (OID 18) the adapter cannot decode: report them as text
//     (OID 25); its executeScript splits on `;` (breaks on function bodies, strings): send whole scripts; its own
//     shadow database handling is unusable (connectionString wins over `database`, and cleanup drops the database
//     before closing the pool), so we create (and drop) a fresh shadow database per shadow connection ourselves.
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from "@prisma/driver-adapter-utils";
import type * as EngineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import type { DatabaseProvider } from "@/lib/database-url";
import { createTemporaryDatabase, dropDatabase, pgConfigFromUrl } from "./postgres-databases";

export type { MigrationList, SchemaEngine };

export const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

// ---------------------------------------------------------------- loading the wasm module

let bindings: Promise<typeof EngineBindings> | undefined;

function loadBindings(): Promise<typeof EngineBindings> {
  bindings ??= (async () => {
    const globals = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: unknown };
    if (!globals.PRISMA_WASM_PANIC_REGISTRY) {
      let message = "";
      globals.PRISMA_WASM_PANIC_REGISTRY = {
        set_message(value: string) {
          message = `RuntimeError: ${value}`;
        },
        get() {
          return message;
        },
      };
    }
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bgFile = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(bgFile), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    bg.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bg;
  })();
  return bindings;
}

// ---------------------------------------------------------------- SQLite adapter

/** Routes parameterless executeRaw (whole migration scripts replayed on the shadow database) to executeScript. */
function scriptAwareSqlite(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (property === "executeRaw") {
        return async (query: SqlQuery) => {
          if (query.args.length === 0) {
            await target.executeScript(query.sql);
            return 0;
          }
          return target.executeRaw(query);
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

class SqliteMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;

  constructor(file: string) {
    // The shadow database is a private in-memory database per connection.
    this.#inner = new PrismaBetterSqlite3({ url: file }, { shadowDatabaseUrl: ":memory:" });
    this.adapterName = this.#inner.adapterName;
  }

  readonly #open = new Set<SqlDriverAdapter>();

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    await adapter.executeScript("PRAGMA foreign_keys = ON;");
    return this.#track(adapter);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#track(await this.#inner.connectToShadowDb());
  }

  #track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    this.#open.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (this.#open.delete(adapter)) await dispose();
    };
    return scriptAwareSqlite(adapter);
  }

  /** Closes the database handles the engine left open. */
  async cleanup(): Promise<void> {
    for (const adapter of [...this.#open]) await adapter.dispose().catch(() => {});
  }
}

// ---------------------------------------------------------------- PostgreSQL adapter

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] } | { fields?: { dataTypeID: number }[] }[];

/** Reports `"char"` (OID 18) result columns as text; their values are already plain strings. */
function charColumnsAsText<T>(result: T): T {
  const results = (Array.isArray(result) ? result : [result]) as QueryResultLike[];
  for (const one of results.flat()) {
    for (const field of one?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

class CharAsTextClient extends pg.Client {
  // pg's query() has many overloads (promise, callback, submittable); patch the result whichever way it arrives.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) =>
        (last as (e: unknown, r: unknown) => void)(error, error ? result : charColumnsAsText(result));
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    if (returned && typeof (returned as Promise<unknown>).then === "function") {
      return (returned as Promise<unknown>).then(charColumnsAsText) as never;
    }
    return returned as never;
  }
}

/** A driver-adapter error in the shape adapter-pg produces, so the engine reports PostgreSQL errors normally. */
function toDriverAdapterError(error: unknown): DriverAdapterError {
  const e = error as { code?: string; severity?: string; message?: string; detail?: string; column?: string; hint?: string };
  return new DriverAdapterError({
    kind: "postgres",
    code: e.code ?? "N/A",
    severity: e.severity ?? "N/A",
    message: e.message ?? String(error),
    detail: e.detail,
    column: e.column,
    hint: e.hint,
  });
}

async function connectPg(url: string, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  // allowExitOnIdle: the engine does not always dispose of its main connection; idle clients must not keep the
  // process alive (cleanup() closes them anyway).
  const pool = new pg.Pool({ ...pgConfigFromUrl(url), Client: CharAsTextClient, max: 4, allowExitOnIdle: true });
  const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (property === "executeScript") {
        return async (script: string) => {
          try {
            await pool.query(script); // simple-query protocol: the whole script in one round trip, as psql would
          } catch (error) {
            throw toDriverAdapterError(error);
          }
        };
      }
      if (property === "dispose") {
        return async () => {
          await target.dispose(); // closes the pool first, so the database can then be dropped
          await onDispose?.();
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * Main connection to `url`; every shadow connection gets a fresh, empty database `qw_shadow_<random>` on the server
 * of `shadowServerUrl` (the engine expects a clean database per connectToShadowDb call: validating a history replays
 * it more than once), dropped when the engine disposes of it or, at the latest, in `cleanup()`.
 */
class PgMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  readonly #shadows = new Set<string>();

  constructor(
    private readonly url: string,
    private readonly shadowServerUrl: string,
  ) {}

  readonly #open = new Set<SqlDriverAdapter>();

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await connectPg(this.url, async () => {
      this.#open.delete(adapter);
    });
    this.#open.add(adapter);
    return adapter;
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await createTemporaryDatabase(this.shadowServerUrl, "qw_shadow");
    this.#shadows.add(shadow.name);
    const adapter = await connectPg(shadow.url, async () => {
      this.#open.delete(adapter);
      await this.#drop(shadow.name);
    });
    this.#open.add(adapter);
    return adapter;
  }

  async #drop(name: string): Promise<void> {
    if (!this.#shadows.delete(name)) return;
    await dropDatabase(this.shadowServerUrl, name);
  }

  /** Closes connections the engine left open and drops leftover shadow databases. */
  async cleanup(): Promise<void> {
    for (const adapter of [...this.#open]) await adapter.dispose().catch(() => {});
    for (const name of [...this.#shadows]) await this.#drop(name);
  }
}

// ---------------------------------------------------------------- engine

export type EngineTarget =
  /** `file`: the main database (a path; `:memory:` when no real database is needed). */
  | { provider: "sqlite"; file: string }
  /** `url`: the main database; shadow databases are created on the server of `shadowServerUrl` (default: `url`). */
  | { provider: "postgresql"; url: string; shadowServerUrl?: string };

export interface SchemaFile {
  path: string;
  content: string;
}

/**
 * Starts a schema engine for `schema` on `target`, runs `fn`, and frees it. Engine log lines are printed when
 * QW_SCHEMA_ENGINE_DEBUG is set.
 */
export async function withSchemaEngine<T>(
  target: EngineTarget,
  schema: SchemaFile,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadBindings();
  const factory =
    target.provider === "sqlite"
      ? new SqliteMigrationAdapterFactory(target.file)
      : new PgMigrationAdapterFactory(target.url, target.shadowServerUrl ?? target.url);
  const log = (line: string) => {
    if (process.env.QW_SCHEMA_ENGINE_DEBUG) console.error(`[schema-engine] ${line}`);
  };
  try {
    const engine = await SchemaEngine.new(
      { datamodels: [[schema.path, schema.content]] },
      log,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    try {
      return await fn(engine);
    } finally {
      engine.free();
    }
  } finally {
    await factory.cleanup();
  }
}

/** The error text of a failed engine call (engine errors arrive as objects with a message and an error code). */
export function engineErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === "object") {
    const e = error as { message?: unknown; error_code?: unknown; errorCode?: unknown };
    const code = e.error_code ?? e.errorCode;
    if (typeof e.message === "string") return code ? `${code}: ${e.message}` : e.message;
    return JSON.stringify(error);
  }
  return String(error);
}

/** Whether an engine error is P1014 ("the underlying table for model `_prisma_migrations` does not exist"). */
export function isMissingMigrationsTable(error: unknown): boolean {
  return /P1014|_prisma_migrations/.test(engineErrorMessage(error)) || JSON.stringify(error ?? "").includes("P1014");
}

// ---------------------------------------------------------------- migrations folder

export const MIGRATION_LOCK_FILE = "migration_lock.toml";

/** The lock file Prisma writes next to migrations (same bytes as the CLI's). */
export function migrationLockContent(provider: DatabaseProvider): string {
  return `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`;
}

/** Reads a migrations folder the way the Prisma CLI does (directories sorted by name, each with migration.sql). */
export async function readMigrationList(baseDir: string, shadowDbInitScript = ""): Promise<MigrationList> {
  const lockfileContent = await readFile(path.join(baseDir, MIGRATION_LOCK_FILE), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const directories = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  directories.sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    directories.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(path.join(baseDir, name, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        ),
      },
    })),
  );
  return {
    baseDir,
    lockfile: { path: MIGRATION_LOCK_FILE, content: lockfileContent },
    shadowDbInitScript,
    migrationDirectories,
  };
}
