// Vitest global setup of the "integration" project: one fresh, fully migrated database per run.
//
//   TEST_DATABASE=sqlite (default)  → a temp SQLite file
//   TEST_DATABASE=postgresql        → a throwaway database qw_test_<random> on TEST_POSTGRES_URL
//                                     (default postgresql://postgres@127.0.0.1:5432/postgres), dropped at teardown
//
// The URL reaches test files through `project.provide` (environment variables set here are not reliably inherited by
// test workers); test/integration/database-env.ts (a setupFiles module) copies it into process.env.DATABASE_URL
// before any test file imports server/db/client.ts. Files that need other databases (e.g. the migration runner's
// tests) use `inject("testDatabase")` to learn the provider and the PostgreSQL server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import type { DatabaseProvider } from "@/lib/database-url";
import { createTemporaryDatabase, DEFAULT_POSTGRES_SERVER_URL, dropDatabase } from "@/scripts/db/postgres-databases";
import { applyMigrations } from "@/server/db/apply-migrations";

export interface TestDatabase {
  provider: DatabaseProvider;
  /** The run's migrated database; also process.env.DATABASE_URL in test files. */
  url: string;
  /** PostgreSQL server on which tests may create more throwaway databases (PostgreSQL runs only). */
  postgresServerUrl: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabase;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const requested = (process.env.TEST_DATABASE ?? "sqlite").toLowerCase();
  if (requested !== "sqlite" && requested !== "postgresql" && requested !== "postgres") {
    throw new Error(`TEST_DATABASE must be sqlite or postgresql, not ${requested}`);
  }

  if (requested === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "qw-int-"));
    const url = `file:${path.join(dir, "test.db")}`;
    await applyMigrations(url);
    project.provide("testDatabase", { provider: "sqlite", url, postgresServerUrl: DEFAULT_POSTGRES_SERVER_URL });
    return async () => rmSync(dir, { recursive: true, force: true });
  }

  const server = process.env.TEST_POSTGRES_URL || DEFAULT_POSTGRES_SERVER_URL;
  const database = await createTemporaryDatabase(server, "qw_test");
  try {
    await applyMigrations(database.url);
  } catch (error) {
    await dropDatabase(server, database.name);
    throw error;
  }
  project.provide("testDatabase", { provider: "postgresql", url: database.url, postgresServerUrl: server });
  return async () => dropDatabase(server, database.name);
}
