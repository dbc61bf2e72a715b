/**
 * `npm run reliability:crash -- [--db sqlite|postgresql|both] [--students 500] [--seconds 60] [--kill-at 25]`
 *
 * Load-and-crash test (issue 6; not part of `npm test`). Per database:
 *  1. a throwaway database (a temp SQLite file in WAL mode / a `qw_crash_*` database on 127.0.0.1:5432), migrated;
 *  2. seed: an instructor, a published set of typed questions, a class of N students, a timed assignment, one
 *     started attempt per student — a third started long enough ago that their time runs out during the run;
 *  3. the production build (own QW_DIST_DIR, built when missing or stale) served by `next start` on 127.0.0.1;
 *  4. N simulated students save answers for S seconds with session cookies minted like Auth.js's;
 *  5. at K seconds the server gets SIGKILL and is started again at once; students retry unanswered saves;
 *  6. meanwhile an online backup (SQLite: `npm run db:backup`; PostgreSQL: `pg_dump`) is taken under load;
 *  7. afterwards a third of the students submit; then every acknowledged answer is looked up in the database
 *     (present exactly once with its last acknowledged value), every attempt is checked to be resumable with
 *     exactly the stored answers or correctly auto-submitted, and the backup is restored into a scratch database
 *     and compared.
 * Exits 1 when anything acknowledged was lost or duplicated or an attempt check failed. Loopback traffic only; every
 * loop is bounded by the run's end time.
 *
 * The parent process builds once and runs each database in a child process (the app's `db` client is bound to
 * DATABASE_URL at import).
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildIsCurrent } from "../build-is-current";

const args = parseArgs({
  options: {
    db: { type: "string", default: "both" },
    students: { type: "string", default: "500" },
    seconds: { type: "string", default: "60" },
    "kill-at": { type: "string", default: "25" },
    port: { type: "string", default: "3190" },
    "think-min": { type: "string", default: "1000" },
    "think-max": { type: "string", default: "3000" },
    "skip-build": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    child: { type: "boolean", default: false },
    out: { type: "string" },
  },
});

export const DIST_DIR = process.env.QW_DIST_DIR || ".next-reliability";
const root = process.cwd();

function parentMain(): void {
  const databases = args.values.db === "both" ? ["sqlite", "postgresql"] : [args.values.db!];
  for (const database of databases) {
    if (database !== "sqlite" && database !== "postgresql") throw new Error(`--db must be sqlite, postgresql or both`);
  }
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (!args.values["skip-build"] && !buildIsCurrent(root, DIST_DIR)) {
    console.log(`[crash] building the app into ${DIST_DIR} …`);
    const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      stdio: "inherit",
      env: { ...process.env, QW_DIST_DIR: DIST_DIR, NODE_OPTIONS: "" },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const results: unknown[] = [];
  let failed = false;
  const runNext = (index: number) => {
    const database = databases[index];
    if (!database) {
      const out = args.values.out;
      if (out) writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
      console.log(`\n[crash] ${failed ? "FAILED" : "ok"}`);
      process.exit(failed ? 1 : 0);
    }
    const childArgs = [
      "--conditions=react-server",
      "--import",
      "tsx",
      path.join(root, "scripts/reliability/crash-test.ts"),
      "--child",
      "--db",
      database,
      "--students",
      args.values.students!,
      "--seconds",
      args.values.seconds!,
      "--kill-at",
      args.values["kill-at"]!,
      "--port",
      args.values.port!,
      "--think-min",
      args.values["think-min"]!,
      "--think-max",
      args.values["think-max"]!,
      ...(args.values.keep ? ["--keep"] : []),
    ];
    const child = spawn(process.execPath, childArgs, { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_OPTIONS: "" } });
    let buffer = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line.startsWith("RESULT ")) results.push(JSON.parse(line.slice(7)));
        else console.log(line);
        newline = buffer.indexOf("\n");
      }
    });
    child.on("exit", (code) => {
      if (code !== 0) failed = true;
      runNext(index + 1);
    });
  };
  runNext(0);
}

async function childMain(): Promise<void> {
  const provider = args.values.db as "sqlite" | "postgresql";
  const workDir = mkdtempSync(path.join(tmpdir(), `qw-crash-${provider}-`));
  let url: string;
  let dropDatabase: (() => Promise<void>) | undefined;
  if (provider === "sqlite") {
    url = `file:${path.join(workDir, "crash.db")}`;
  } else {
    const pg = await import("../db/postgres-databases");
    const database = await pg.createTemporaryDatabase(pg.DEFAULT_POSTGRES_SERVER_URL, "qw_crash");
    url = database.url;
    dropDatabase = () => pg.dropDatabase(pg.DEFAULT_POSTGRES_SERVER_URL, database.name);
  }
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET = randomBytes(32).toString("base64url");
  mkdirSync(workDir, { recursive: true });
  try {
    const { runCrashScenario } = await import("./crash-scenario");
    const result = await runCrashScenario({
      provider,
      url,
      workDir,
      distDir: DIST_DIR,
      port: Number(args.values.port),
      students: Number(args.values.students),
      seconds: Number(args.values.seconds),
      killAtSeconds: Number(args.values["kill-at"]),
      thinkMs: [Number(args.values["think-min"]), Number(args.values["think-max"])],
      authSecret: process.env.AUTH_SECRET,
    });
    console.log(`RESULT ${JSON.stringify(result)}`);
    process.exitCode = result.ok ? 0 : 1;
  } finally {
    if (!args.values.keep) {
      await dropDatabase?.().catch((error: unknown) => console.error(`[crash] could not drop the database: ${error}`));
      if (existsSync(workDir)) rmSync(workDir, { recursive: true, force: true });
    } else {
      console.log(`[crash] kept ${workDir}${dropDatabase ? ` and ${url}` : ""}`);
    }
  }
}

if (args.values.child) {
  childMain().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
} else {
  parentMain();
}
