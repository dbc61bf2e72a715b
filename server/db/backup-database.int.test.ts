import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations } from "./apply-migrations";
import { backupDatabase } from "./backup-database";
import { restoreDatabase } from "./restore-database";

// Backup/restore is for the embedded SQLite database (PostgreSQL: pg_dump/pg_restore, docs/operations.md).
const sqliteRun = inject("testDatabase").provider === "sqlite";
const dir = mkdtempSync(path.join(tmpdir(), "qw-backup-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BATCH = 20;

/**
 * A separate process that inserts users in transactions of BATCH rows (emails w<batch>-<i>) until `stopFile` exists,
 * like a busy app instance. Resolves with the number of batches it committed.
 */
function startWriter(database: string, stopFile: string): { ready: Promise<void>; done: Promise<number> } {
  const betterSqlite3 = createRequire(import.meta.url).resolve("better-sqlite3");
  const script = `
    const Database = require(${JSON.stringify(betterSqlite3)});
    const fs = require("node:fs");
    const db = new Database(${JSON.stringify(database)}, { timeout: 5000 });
    db.pragma("journal_mode = WAL"); db.pragma("synchronous = NORMAL");
    const insert = db.prepare('INSERT INTO "User" (id, email, updatedAt) VALUES (?, ?, CURRENT_TIMESTAMP)');
    const batch = db.transaction((b) => { for (let i = 0; i < ${BATCH}; i++) insert.run("w" + b + "-" + i, "w" + b + "-" + i + "@example.test"); });
    let b = 0;
    for (; !fs.existsSync(${JSON.stringify(stopFile)}); b++) { batch(b); if (b === 5) process.stdout.write("ready\\n"); }
    db.close();
    process.stdout.write("batches " + b + "\\n");`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes("ready")) markReady();
  });
  const done = new Promise<number>((resolve, reject) => {
    child.on("exit", (code) => {
      const match = /batches (\d+)/.exec(output);
      if (code === 0 && match) resolve(Number(match[1]));
      else reject(new Error(`writer exited with ${code}: ${output}`));
    });
  });
  return { ready, done };
}

function emails(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT email FROM "User" ORDER BY email`).all() as { email: string }[]).map((r) => r.email);
  } finally {
    db.close();
  }
}

describe.skipIf(!sqliteRun)("SQLite backup and restore", () => {
  it("backs up a consistent snapshot while another process writes, and restores it into a fresh file", async () => {
    const live = path.join(dir, "live.db");
    await applyMigrations(`file:${live}`);
    const stopFile = path.join(dir, "stop");
    const writer = startWriter(live, stopFile);
    await writer.ready;

    const backupFile = path.join(dir, "backups", "snapshot.db");
    const result = await backupDatabase(backupFile, `file:${live}`);
    await new Promise((resolve) => setTimeout(resolve, 100)); // let the writer go on after the backup
    writeFileSync(stopFile, "");
    const batches = await writer.done;

    expect(result.destination).toBe(backupFile);
    expect(existsSync(`${backupFile}-wal`)).toBe(false); // a self-contained file

    // Consistent: whole transactions only (each batch entirely in or entirely out), and the writer went on after it.
    const backedUp = emails(backupFile);
    expect(backedUp.length).toBeGreaterThan(5 * BATCH);
    expect(backedUp.length % BATCH).toBe(0);
    const perBatch = new Map<string, number>();
    for (const email of backedUp) {
      const batch = email.split("-")[0]!;
      perBatch.set(batch, (perBatch.get(batch) ?? 0) + 1);
    }
    for (const count of perBatch.values()) expect(count).toBe(BATCH);
    expect(emails(live).length).toBe(batches * BATCH);
    expect(backedUp.length).toBeLessThan(batches * BATCH);

    // Restore into a fresh location: same rows, same migration history, a healthy WAL database.
    const fresh = path.join(dir, "restored", "quizwright.db");
    const restored = await restoreDatabase(backupFile, `file:${fresh}`);
    expect(restored.previousSavedAs).toBeNull();
    expect(emails(fresh)).toEqual(backedUp);
    const db = new Database(fresh, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.prepare("SELECT COUNT(*) AS n FROM _prisma_migrations").get()).toEqual({ n: expect.any(Number) });
    db.close();
    expect((await applyMigrations(`file:${fresh}`)).applied).toEqual([]);
  });

  it("refuses to restore over a database that is open elsewhere, then restores and keeps the old one", async () => {
    const live = path.join(dir, "busy.db");
    await applyMigrations(`file:${live}`);
    const backupFile = path.join(dir, "busy-backup.db");
    await backupDatabase(backupFile, `file:${live}`);

    const app = new Database(live);
    app.pragma("journal_mode = WAL");
    app.prepare(`INSERT INTO "User" (id, email, updatedAt) VALUES ('late', 'late@example.test', CURRENT_TIMESTAMP)`).run();
    await expect(restoreDatabase(backupFile, `file:${live}`)).rejects.toThrow(/in use \(is the app running\?\)/);
    expect(emails(live)).toEqual(["late@example.test"]); // untouched
    app.close();

    const now = new Date("2030-01-02T03:04:05Z");
    const result = await restoreDatabase(backupFile, `file:${live}`, now);
    expect(result.previousSavedAs).toBe(`${live}.before-restore-20300102T030405`);
    expect(emails(live)).toEqual([]);
    expect(emails(result.previousSavedAs!)).toEqual(["late@example.test"]);
  });

  it("rejects a file that is not a Quizwright backup and leaves the database alone", async () => {
    const live = path.join(dir, "guarded.db");
    await applyMigrations(`file:${live}`);
    const junk = path.join(dir, "junk.db");
    writeFileSync(junk, "not a database at all, just text ".repeat(200));
    await expect(restoreDatabase(junk, `file:${live}`)).rejects.toThrow(/not a (readable SQLite|Quizwright) database|cannot be opened/);
    const empty = path.join(dir, "empty.db");
    new Database(empty).close();
    await expect(restoreDatabase(empty, `file:${live}`)).rejects.toThrow(/not a Quizwright database/);
    expect((await applyMigrations(`file:${live}`)).applied).toEqual([]);
  });
});

describe("backup and restore on PostgreSQL", () => {
  it("are refused, pointing at pg_dump/pg_restore", async () => {
    await expect(backupDatabase(path.join(dir, "x.db"), "postgresql://u@h/db")).rejects.toThrow(/pg_dump/);
    await expect(restoreDatabase(path.join(dir, "x.db"), "postgresql://u@h/db")).rejects.toThrow(/pg_restore/);
  });
});
