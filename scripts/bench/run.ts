/**
 * `npm run bench [-- options]`: load benchmarks of the production app (issue 7). Not part of `npm test`.
 *
 * 1. builds the app into its own dist dir (.next-bench; rebuilt only when sources changed) and measures first-load JS
 *    per page route (bundles.ts);
 * 2. per database, in a child process (phase.ts): a fresh database, seeded (seed.ts, seed-class.ts), then `next start`
 *    on 127.0.0.1 and autocannon at each connection level on every scenario — SQLite with one server, PostgreSQL
 *    (127.0.0.1:5432, throwaway database) with one and then two servers sharing the database — and the write check;
 * 3. prints one table and writes it to docs/benchmarks.md (the "Load benchmarks" section only).
 *
 * Options: --quick (3 s runs, 1 s warm-up; docs untouched unless --docs), --db sqlite|postgresql|all,
 * --seconds N, --levels 10,100,500, --scenarios noop,review,... , --port 3270, --rebuild, --no-build, --no-docs,
 * --cpu-prof <dir> (V8 CPU profiles of the servers; see profile-summary.ts).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildIsCurrent } from "../build-is-current";
import { measureFirstLoadJs } from "./bundles";
import { auditForeignKeyIndexes } from "./check-indexes";
import type { PhaseResult } from "./phase";
import { renderReport, replaceSection } from "./report";

const args = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    db: { type: "string", default: "all" },
    seconds: { type: "string" },
    warmup: { type: "string" },
    levels: { type: "string", default: "10,100,500" },
    scenarios: { type: "string" },
    port: { type: "string", default: "3270" },
    rebuild: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    docs: { type: "boolean", default: false },
    "no-docs": { type: "boolean", default: false },
    "cpu-prof": { type: "string" },
  },
});

const root = process.cwd();
const DIST_DIR = process.env.QW_DIST_DIR || ".next-bench";
const quick = args.values.quick;
const seconds = Number(args.values.seconds ?? (quick ? 3 : 10));
const warmup = Number(args.values.warmup ?? (quick ? 1 : 2));
const levels = args.values.levels!.split(",").map(Number);
const databases = args.values.db === "all" ? ["sqlite", "postgresql"] : args.values.db!.split(",");
const writeDocs = !args.values["no-docs"] && (!quick || args.values.docs) && !args.values.scenarios;

function build() {
  if (args.values["no-build"]) return;
  if (!args.values.rebuild && buildIsCurrent(root, DIST_DIR)) {
    console.log(`[bench] ${DIST_DIR} is current; not rebuilding`);
    return;
  }
  console.log(`[bench] building the app into ${DIST_DIR} …`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, QW_DIST_DIR: DIST_DIR, NODE_OPTIONS: "", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  console.log(`[bench] built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

function runPhase(db: string, workDir: string): Promise<PhaseResult> {
  const out = path.join(workDir, `${db}.json`);
  const phaseArgs = [
    "--conditions=react-server",
    "--import",
    "tsx",
    path.join(root, "scripts/bench/phase.ts"),
    "--db",
    db,
    "--instances",
    db === "postgresql" ? "1,2" : "1",
    "--levels",
    levels.join(","),
    "--seconds",
    String(seconds),
    "--warmup",
    String(warmup),
    "--port",
    args.values.port!,
    "--dist",
    DIST_DIR,
    "--out",
    out,
    "--log-dir",
    workDir,
    ...(args.values.scenarios ? ["--scenarios", args.values.scenarios] : []),
    ...(args.values["cpu-prof"] ? ["--cpu-prof", path.resolve(args.values["cpu-prof"])] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, phaseArgs, { stdio: "inherit", env: { ...process.env, NODE_OPTIONS: "" } });
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(`the ${db} phase failed (exit ${code}); server logs in ${workDir}`));
      else resolve(JSON.parse(readFileSync(out, "utf8")) as PhaseResult);
    });
  });
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const loadStart = loadavg();
  build();
  const bundles = measureFirstLoadJs(path.join(root, DIST_DIR));
  const workDir = mkdtempSync(path.join(tmpdir(), "qw-bench-run-"));
  const phases: PhaseResult[] = [];
  for (const db of databases) phases.push(await runPhase(db, workDir));
  const report = renderReport({
    date: new Date().toISOString().slice(0, 10),
    machine: "2 cores, Node 20.20",
    command: `npm run bench${quick ? " -- --quick" : ""}`,
    seconds,
    levels,
    phases,
    bundles,
    foreignKeys: auditForeignKeyIndexes(),
    loadAverage: { start: loadStart, end: loadavg() },
  });
  console.log(`\n${report}\n`);
  mkdirSync(workDir, { recursive: true });
  writeFileSync(path.join(workDir, "report.md"), `${report}\n`);
  writeFileSync(path.join(workDir, "results.json"), `${JSON.stringify({ phases, bundles }, null, 2)}\n`);
  if (writeDocs) {
    const docs = path.join(root, "docs", "benchmarks.md");
    writeFileSync(docs, replaceSection(readFileSync(docs, "utf8"), "Load benchmarks", report));
    console.log(`[bench] wrote the "Load benchmarks" section of docs/benchmarks.md`);
  }
  console.log(`[bench] results and server logs: ${workDir}`);
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
