/**
 * Fast bulk inserts for the benchmark seed: Prisma's createMany costs ~1 ms per row here (wasm query compiler and
 * parameter conversion dominate; 100,000 cards took ~2 minutes), so the seed writes its bulk rows through the
 * drivers the app's adapters use (better-sqlite3 prepared statements / pg multi-row INSERTs) in transactions,
 * storing values exactly as Prisma does: SQLite DateTime as ISO-8601 text with "+00:00", JSON as text, booleans as
 * 0/1; PostgreSQL timestamp(3) (UTC, no zone), enums and jsonb from text.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { databaseProviderOf, sqliteFilePath } from "@/lib/database-url";
import { pgConfigFromUrl } from "../db/postgres-databases";

export type Row = Record<string, unknown>;

export type BulkWriter = {
  /** Inserts rows (all with the same keys) into a table; returns how many. */
  insert(table: string, rows: Iterable<Row>): Promise<number>;
  close(): Promise<void>;
};

const ROWS_PER_TRANSACTION = 10_000;

export async function openBulkWriter(url: string): Promise<BulkWriter> {
  return databaseProviderOf(url) === "postgresql" ? openPostgres(url) : openSqlite(url);
}

function openSqlite(url: string): BulkWriter {
  const sqlite = new Database(sqliteFilePath(url));
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  const toSqlite = (value: unknown): unknown => {
    if (value instanceof Date) return value.toISOString().replace(/Z$/, "+00:00");
    if (typeof value === "boolean") return value ? 1 : 0;
    if (value !== null && typeof value === "object") return JSON.stringify(value);
    return value ?? null;
  };
  return {
    async insert(table, rows) {
      let count = 0;
      let columns: string[] | null = null;
      let statement: Database.Statement | null = null;
      let pending: Row[] = [];
      const flush = sqlite.transaction((batch: Row[]) => {
        for (const row of batch) statement!.run(columns!.map((c) => toSqlite(row[c])));
      });
      for (const row of rows) {
        if (!columns) {
          columns = Object.keys(row);
          statement = sqlite.prepare(
            `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
          );
        }
        pending.push(row);
        count++;
        if (pending.length === ROWS_PER_TRANSACTION) {
          flush(pending);
          pending = [];
        }
      }
      if (pending.length > 0) flush(pending);
      return count;
    },
    async close() {
      sqlite.close();
    },
  };
}

async function openPostgres(url: string): Promise<BulkWriter> {
  const client = new pg.Client(pgConfigFromUrl(url));
  await client.connect();
  const toPg = (value: unknown): unknown => {
    // timestamp(3) without time zone holds UTC (as Prisma writes it): send the UTC wall-clock time as text.
    if (value instanceof Date) return value.toISOString().replace(/Z$/, "");
    if (value !== null && typeof value === "object") return JSON.stringify(value);
    return value ?? null;
  };
  return {
    async insert(table, rows) {
      let count = 0;
      let columns: string[] | null = null;
      let perStatement = 0;
      let pending: Row[] = [];
      const write = async (batch: Row[]) => {
        await client.query("BEGIN");
        try {
          for (let i = 0; i < batch.length; i += perStatement) {
            const slice = batch.slice(i, i + perStatement);
            const values: unknown[] = [];
            const tuples = slice.map((row) => {
              const start = values.length;
              for (const c of columns!) values.push(toPg(row[c]));
              return `(${columns!.map((_, j) => `$${start + j + 1}`).join(", ")})`;
            });
            await client.query(`INSERT INTO "${table}" (${columns!.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`, values);
          }
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        }
      };
      for (const row of rows) {
        if (!columns) {
          columns = Object.keys(row);
          perStatement = Math.max(1, Math.floor(30_000 / columns.length));
        }
        pending.push(row);
        count++;
        if (pending.length === ROWS_PER_TRANSACTION) {
          await write(pending);
          pending = [];
        }
      }
      if (pending.length > 0) await write(pending);
      return count;
    },
    async close() {
      await client.end();
    },
  };
}
