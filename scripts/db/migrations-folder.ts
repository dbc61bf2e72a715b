// Where each provider's derived schema and migrations live, and which PostgreSQL server the migration tools use.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseProviderOf, type DatabaseProvider } from "@/lib/database-url";
import { DEFAULT_POSTGRES_SERVER_URL } from "./postgres-databases";
import type { SchemaFile } from "./schema-engine";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const PROVIDERS: readonly DatabaseProvider[] = ["sqlite", "postgresql"];

export function migrationsDir(provider: DatabaseProvider): string {
  return path.join(ROOT, "prisma", provider, "migrations");
}

export async function readDerivedSchema(provider: DatabaseProvider): Promise<SchemaFile> {
  const file = path.join(ROOT, "prisma", provider, "schema.prisma");
  return { path: file, content: await readFile(file, "utf8") };
}

/**
 * The PostgreSQL server on which migration tooling creates its throwaway databases: DATABASE_URL's server when it
 * is a PostgreSQL URL, else the local default (postgresql://postgres@127.0.0.1:5432/postgres).
 */
export function postgresServerUrl(): string {
  const url = process.env.DATABASE_URL;
  return url && databaseProviderOf(url) === "postgresql" ? url : DEFAULT_POSTGRES_SERVER_URL;
}
