// Throwaway PostgreSQL databases (migration shadow databases, integration-test databases), created and dropped on
// the server a DATABASE_URL points at. Plain `pg`; no Prisma.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { redactUrl } from "@/lib/database-url";

/** Where migration tooling and integration tests create their throwaway databases unless told otherwise. */
export const DEFAULT_POSTGRES_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** pg connection fields for a URL. Separate fields, not `connectionString`: with a connectionString pg ignores a
 * `database` override, which silently turned a shadow database into the main one (see NOTES.md). */
export function pgConfigFromUrl(url: string, database?: string): pg.ClientConfig {
  const parsed = new URL(url);
  const sslmode = parsed.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(parsed.hostname) || "127.0.0.1",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || "postgres",
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: database ?? (decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres"),
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
  };
}

/** The same server URL pointing at another database (query string kept). */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function withAdminClient<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(pgConfigFromUrl(serverUrl));
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `Cannot connect to PostgreSQL at ${redactUrl(serverUrl)}: ${error instanceof Error ? error.message : error}`,
    );
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database `<prefix>_<random>` on the server of `serverUrl`; returns its name and URL. */
export async function createTemporaryDatabase(
  serverUrl: string,
  prefix: string,
): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
  return { name, url: withDatabase(serverUrl, name) };
}

/** Drops a database, closing any connection still open to it (PostgreSQL ≥ 13). */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdminClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  );
}

/** Runs `fn` with a throwaway database that is dropped afterwards, whatever happens. */
export async function withTemporaryDatabase<T>(
  serverUrl: string,
  prefix: string,
  fn: (database: { name: string; url: string }) => Promise<T>,
): Promise<T> {
  const database = await createTemporaryDatabase(serverUrl, prefix);
  try {
    return await fn(database);
  } finally {
    await dropDatabase(serverUrl, database.name);
  }
}
