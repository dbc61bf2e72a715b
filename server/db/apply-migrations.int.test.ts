import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createTemporaryDatabase, dropDatabase } from "@/scripts/db/postgres-databases";
import { NO_FILTER, readMigrationList, withSchemaEngine } from "@/scripts/db/schema-engine";
import { applyMigrations, defaultMigrationsDir, MigrationError } from "./apply-migrations";

// These tests need databases of their own (fresh ones, tampered ones), of the run's kind (TEST_DATABASE).
const { provider, postgresServerUrl } = inject("testDatabase");
const committedDir = defaultMigrationsDir(provider);
const committed = readdirSync(committedDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const tempDir = mkdtempSync(path.join(tmpdir(), "qw-migrations-test-"));
const postgresDatabases: string[] = [];

afterAll(async () => {
  rmSync(tempDir, { recursive: true, force: true });
  for (const name of postgresDatabases) await dropDatabase(postgresServerUrl, name);
});

/** A new, empty database of the run's provider. */
async function freshDatabase(): Promise<string> {
  if (provider === "sqlite") return `file:${path.join(mkdtempSync(path.join(tempDir, "db-")), "test.db")}`;
  const database = await createTemporaryDatabase(postgresServerUrl, "qw_test_migrations");
  postgresDatabases.push(database.name);
  return database.url;
}

type Row = Record<string, unknown>;

/** Runs one query on a database of the run's provider (outside Prisma). */
async function query(url: string, sql: string, params: unknown[] = []): Promise<Row[]> {
  if (provider === "sqlite") {
    const db = new Database(url.replace(/^file:/, ""));
    try {
      const statement = db.prepare(sql);
      return statement.reader ? (statement.all(...params) as Row[]) : (statement.run(...params), []);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // pg placeholders are $1..; tests write `?`.
    let index = 0;
    return (await client.query(sql.replace(/\?/g, () => `$${++index}`), params)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** A migrations folder: the committed migrations plus `extra` ones (name → SQL). */
function migrationsFolder(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tempDir, "migrations-"));
  cpSync(committedDir, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe(`applyMigrations on ${provider}`, () => {
  it("applies every committed migration to a fresh database, then does nothing on a second run", async () => {
    const url = await freshDatabase();
    const first = await applyMigrations(url);
    expect(first).toEqual({ provider, applied: committed, alreadyApplied: 0 });
    expect(await query(url, `SELECT COUNT(*) AS n FROM "User"`)).toEqual([{ n: provider === "sqlite" ? 0 : "0" }]);

    const second = await applyMigrations(url);
    expect(second).toEqual({ provider, applied: [], alreadyApplied: committed.length });
    expect(await query(url, `SELECT COUNT(*) AS n FROM _prisma_migrations`)).toEqual([
      { n: provider === "sqlite" ? committed.length : String(committed.length) },
    ]);
  });

  it("records each migration as Prisma does: sha256 of migration.sql, finished, one step", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    const rows = await query(
      url,
      "SELECT id, migration_name, checksum, finished_at, started_at, rolled_back_at, applied_steps_count, logs " +
        "FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((row) => row.migration_name)).toEqual(committed);
    for (const row of rows) {
      const file = readFileSync(path.join(committedDir, String(row.migration_name), "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(String(row.id)).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.started_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(Number(row.applied_steps_count)).toBe(1);
      if (provider === "sqlite") {
        // The text format Prisma's engine writes into SQLite DATETIME columns.
        expect(String(row.finished_at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
      }
    }
  });

  it("leaves a history Prisma's own schema engine accepts (no edited, failed or unapplied migrations)", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    const schemaPath = path.join(process.cwd(), "prisma", provider, "schema.prisma");
    const schema = { path: schemaPath, content: readFileSync(schemaPath, "utf8") };
    const migrationsList = await readMigrationList(committedDir);
    const target =
      provider === "sqlite" ? { provider, file: url.replace(/^file:/, "") } : { provider, url, shadowServerUrl: url };
    const diagnosis = await withSchemaEngine(target, schema, (engine) =>
      engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTER }),
    );
    expect(diagnosis).toEqual({
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: true,
      history: null,
    });
  });

  it("fails with a clear message when an applied migration's checksum no longer matches its file", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    const name = committed[0]!;
    await query(url, "UPDATE _prisma_migrations SET checksum = ? WHERE migration_name = ?", ["0".repeat(64), name]);

    const attempt = applyMigrations(url);
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(/Checksum mismatch/);
    await expect(attempt).rejects.toThrow(name);
    await expect(attempt).rejects.toThrow(/new migration/);
  });

  it("stops before applying anything when a later migration is pending and an earlier one was edited", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    const dir = migrationsFolder({ "99990101000000_add_probe": `CREATE TABLE "Probe" ("id" INTEGER PRIMARY KEY);` });
    const first = path.join(dir, committed[0]!, "migration.sql");
    writeFileSync(first, `${readFileSync(first, "utf8")}\n-- edited\n`);

    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/Checksum mismatch/);
    const probe = await query(
      url,
      provider === "sqlite"
        ? `SELECT name FROM sqlite_master WHERE name = 'Probe'`
        : `SELECT table_name FROM information_schema.tables WHERE table_name = 'Probe'`,
    );
    expect(probe).toEqual([]);
  });

  it("rolls a failing migration back completely and records nothing, so a fixed file can run later", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    const name = "99990101000000_broken";
    const broken = migrationsFolder({
      [name]: `CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "NoSuchTable" VALUES (1);\n`,
    });
    await expect(applyMigrations(url, { migrationsDir: broken })).rejects.toThrow(new RegExp(`${name} failed`));
    expect(await query(url, "SELECT migration_name FROM _prisma_migrations WHERE migration_name = ?", [name])).toEqual(
      [],
    );

    const fixed = migrationsFolder({ [name]: `CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY);\n` });
    expect((await applyMigrations(url, { migrationsDir: fixed })).applied).toEqual([name]);
  });

  it("lets concurrent runners in one process apply each migration exactly once", async () => {
    const url = await freshDatabase();
    const results = await Promise.all([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);
    expect(results.flatMap((result) => result.applied).sort()).toEqual(committed);
    const rows = await query(url, "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name");
    expect(rows.map((row) => row.migration_name)).toEqual(committed);
  });

  it("lets several processes starting at once apply each migration exactly once", async () => {
    const url = await freshDatabase();
    const runner = path.join(tempDir, "run-migrations.mts");
    writeFileSync(
      runner,
      `import { applyMigrations } from ${JSON.stringify(path.resolve("server/db/apply-migrations.ts"))};\n` +
        `console.log(JSON.stringify(await applyMigrations(process.env.DATABASE_URL)));\n`,
    );
    const run = () =>
      new Promise<{ applied: string[] }>((resolve, reject) => {
        const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", runner], {
          env: { ...process.env, DATABASE_URL: url },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let out = "";
        let err = "";
        child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
        child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`exit ${code}: ${err}`))));
      });
    const results = await Promise.all([run(), run(), run()]);
    expect(results.flatMap((result) => result.applied).sort()).toEqual(committed);
    const rows = await query(url, "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name");
    expect(rows.map((row) => row.migration_name)).toEqual(committed);
  });

  it.skipIf(provider !== "sqlite")(
    "keeps child rows when a migration redefines a parent table (SQLite table rebuild with ON DELETE CASCADE)",
    async () => {
      const url = await freshDatabase();
      await applyMigrations(url);
      const file = url.replace(/^file:/, "");
      const sqlite = new Database(file);
      sqlite.exec(`
        INSERT INTO "User" (id, email, updatedAt) VALUES ('u1', 'a@example.test', CURRENT_TIMESTAMP);
        INSERT INTO "Course" (id, slug, title, updatedAt) VALUES ('c1', 'c', 'C', CURRENT_TIMESTAMP);
        INSERT INTO "QuestionSet" (id, courseId, title, updatedAt) VALUES ('s1', 'c1', 'S', CURRENT_TIMESTAMP);
        INSERT INTO "Question" (id, contentId, questionSetId, type, prompt, answer, options, updatedAt)
          VALUES ('q1', 'x', 's1', 'typed', 'p', 'a', '[]', CURRENT_TIMESTAMP);
        INSERT INTO "Card" (id, userId, questionId, due, updatedAt)
          VALUES ('k1', 'u1', 'q1', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);`);
      // The script `prisma migrate dev` writes to add a column SQLite cannot add in place: rebuild "User".
      const create = (sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'User'`).get() as { sql: string }).sql;
      const columns = (sqlite.pragma(`table_info("User")`) as { name: string }[]).map((c) => `"${c.name}"`).join(", ");
      sqlite.close();
      const rebuild = [
        "PRAGMA defer_foreign_keys=ON;",
        "PRAGMA foreign_keys=OFF;",
        `${create.replace(`CREATE TABLE "User"`, `CREATE TABLE "new_User"`).replace(/\n\)$/, `,\n    "bio" TEXT NOT NULL DEFAULT ''\n)`)};`,
        `INSERT INTO "new_User" (${columns}) SELECT ${columns} FROM "User";`,
        `DROP TABLE "User";`,
        `ALTER TABLE "new_User" RENAME TO "User";`,
        `CREATE UNIQUE INDEX "User_email_key" ON "User"("email");`,
        "PRAGMA foreign_keys=ON;",
        "PRAGMA defer_foreign_keys=OFF;",
      ].join("\n");

      const result = await applyMigrations(url, { migrationsDir: migrationsFolder({ "99990101000000_user_bio": rebuild }) });
      expect(result.applied).toEqual(["99990101000000_user_bio"]);
      expect(await query(url, `SELECT id FROM "Card"`)).toEqual([{ id: "k1" }]);
      expect(await query(url, `SELECT bio FROM "User"`)).toEqual([{ bio: "" }]);
    },
  );

  it.skipIf(provider !== "sqlite")("refuses a migration that leaves foreign key violations", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    const name = "99990101000000_orphan";
    const dir = migrationsFolder({
      [name]: `INSERT INTO "Card" (id, userId, questionId, due, updatedAt)
               VALUES ('k1', 'nobody', 'nothing', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);`,
    });
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/foreign key violation/);
    expect(await query(url, `SELECT COUNT(*) AS n FROM "Card"`)).toEqual([{ n: 0 }]);
  });
});
