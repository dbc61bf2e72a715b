// `npm run db:check` (CI): the database files are consistent.
//  1. prisma/{sqlite,postgresql}/schema.prisma are exactly what prisma/models.prisma derives (npm run db:schemas);
//  2. per provider, migration_lock.toml names the provider and every migration folder has a migration.sql;
//  3. per provider, replaying the committed migrations gives exactly the schema: the schema engine's diff from the
//     migrations (replayed on a shadow database: in-memory SQLite; a throwaway `qw_shadow_*` PostgreSQL database)
//     to the derived schema is empty. A non-empty diff means a models change without `npm run db:migration`.
// PostgreSQL server for the shadow database: DATABASE_URL when it is postgresql://, else
// postgresql://postgres@127.0.0.1:5432/postgres.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "@/lib/database-url";
import { redactUrl } from "@/lib/database-url";
import { staleDerivedSchemas } from "./generate-clients.mjs";
import { migrationsDir, postgresServerUrl, PROVIDERS, readDerivedSchema, ROOT } from "./migrations-folder";
import {
  engineErrorMessage,
  type EngineTarget,
  MIGRATION_LOCK_FILE,
  NO_FILTER,
  readMigrationList,
  withSchemaEngine,
} from "./schema-engine";

/** Problems with `provider`'s migrations folder (empty when the folder is consistent with its schema). */
export async function checkProvider(provider: DatabaseProvider): Promise<string[]> {
  const problems: string[] = [];
  const dir = migrationsDir(provider);
  const lock = path.join(dir, MIGRATION_LOCK_FILE);
  if (!existsSync(lock)) problems.push(`${path.relative(ROOT, lock)} is missing`);
  else if (!readFileSync(lock, "utf8").includes(`provider = "${provider}"`)) {
    problems.push(`${path.relative(ROOT, lock)} does not say provider = "${provider}"`);
  }
  const migrationsList = await readMigrationList(dir);
  for (const migration of migrationsList.migrationDirectories) {
    if (migration.migrationFile.content.tag === "error") {
      problems.push(`${path.relative(ROOT, path.join(dir, migration.path))}: ${migration.migrationFile.content.value}`);
    }
  }
  if (problems.length) return problems;

  const schema = await readDerivedSchema(provider);
  const target: EngineTarget =
    provider === "sqlite"
      ? { provider, file: ":memory:" }
      : { provider, url: postgresServerUrl(), shadowServerUrl: postgresServerUrl() };
  const result = await withSchemaEngine(target, schema, (engine) =>
    engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: false,
      exitCode: true,
      filters: NO_FILTER,
    }),
  );
  if (result.exitCode !== 0) {
    problems.push(
      `the committed migrations do not produce prisma/${provider}/schema.prisma; missing changes:\n` +
        `${(result.stdout ?? "").trim().replace(/^/gm, "    ")}\n` +
        "  Run `npm run db:migration -- <name>` and commit the new migration folders.",
    );
  }
  return problems;
}

async function main() {
  let failed = false;
  const stale = staleDerivedSchemas();
  if (stale.length) {
    failed = true;
    console.error(
      `[db:check] ${stale.map((p) => `prisma/${p}/schema.prisma`).join(", ")} out of date with prisma/models.prisma: ` +
        "run `npm run db:schemas` (or `npm run db:migration -- <name>`) and commit.",
    );
  }
  for (const provider of PROVIDERS) {
    let problems: string[];
    try {
      problems = await checkProvider(provider);
    } catch (error) {
      const where = provider === "postgresql" ? ` (PostgreSQL server ${redactUrl(postgresServerUrl())})` : "";
      problems = [`could not check${where}: ${engineErrorMessage(error)}`];
    }
    if (problems.length) {
      failed = true;
      for (const problem of problems) console.error(`[db:check] ${provider}: ${problem}`);
    } else {
      console.log(`[db:check] ${provider}: migrations match the schema`);
    }
  }
  if (failed) process.exit(1);
  console.log("[db:check] ok");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  await main();
}
