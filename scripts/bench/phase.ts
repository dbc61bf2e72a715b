/**
 * One database's part of `npm run bench` (a child process of scripts/bench/run.ts: the app's `db` client binds to
 * DATABASE_URL when first imported, so each database gets its own process).
 *
 * 1. a throwaway database (temp SQLite file / `qw_bench_*` database on 127.0.0.1:5432), migrated and seeded;
 * 2. for each instance count asked for (1, or 1 then 2 on PostgreSQL): that many `next start` servers on consecutive
 *    loopback ports sharing the database; every scenario at every connection level, load split across the servers;
 * 3. the write check: every acknowledged write is in the database exactly once, nothing unacknowledged appeared
 *    out of nowhere, and the card counters moved by exactly the number of stored reviews;
 * 4. the database is dropped / deleted.
 * Writes its results as JSON to --out.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { applyMigrations } from "@/server/db/apply-migrations";
import { createTemporaryDatabase, DEFAULT_POSTGRES_SERVER_URL, dropDatabase } from "../db/postgres-databases";
import { type AppServer, assertPortFree, serverCpuTimeMs, startAppServer, stopAppServer, waitUntilIdle } from "./app-servers";
import { type LoadResult, runLoad } from "./load";
import { listenOverflows } from "./listen-overflows";
import { diffTableScans, type ScanDelta, snapshotTableScans, withPg } from "./pg-table-scans";
import { measureServedScripts } from "./served-scripts";

const args = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    instances: { type: "string", default: "1" },
    levels: { type: "string", default: "10,100,500" },
    seconds: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    port: { type: "string", default: "3270" },
    dist: { type: "string", default: ".next-bench" },
    scenarios: { type: "string" },
    out: { type: "string" },
    "log-dir": { type: "string" },
    "cpu-prof": { type: "string" },
    keep: { type: "boolean", default: false },
    /** Debugging: after starting the first configuration's servers, write sample requests to this file and wait. */
    hold: { type: "string" },
  },
});

export type WriteCheck = {
  scenario: string;
  sent: number;
  acked: number;
  stored: number;
  /** Acknowledged but not in the database. */
  lost: number;
  /** Stored more than once, or stored without ever being sent. */
  duplicated: number;
  /** Sent, stored, never acknowledged (in flight when a run ended or timed out): not an error. */
  storedUnacked: number;
  detail: string;
  failures: Record<string, number>;
};

export type PhaseResult = {
  db: "sqlite" | "postgresql";
  seed: { counts: Record<string, number>; timings: Record<string, number>; totalMs: number };
  runs: LoadResult[];
  writeChecks: WriteCheck[];
  labels: Record<string, string>;
  /** Server restarts forced by a backlog that did not drain. */
  restarts: string[];
  /** PostgreSQL: how each table was read during each scenario's runs (pg_stat_user_tables). */
  tableScans: (ScanDelta & { scenario: string; instances: number })[];
  readFailures: Record<string, Record<string, number>>;
  /** Scripts referenced by the served HTML of the page scenarios (cross-check of the manifest sizes). */
  served: Record<string, { files: number; gzipBytes: number; htmlBytes: number }>;
};

const log = (message: string) => console.log(`[bench:${args.values.db}] ${message}`);

async function main() {
  const provider = args.values.db === "postgresql" ? "postgresql" : "sqlite";
  const workDir = mkdtempSync(path.join(tmpdir(), `qw-bench-${provider}-`));
  const logDir = args.values["log-dir"] ?? workDir;
  let url: string;
  let cleanup: () => Promise<void>;
  if (provider === "sqlite") {
    url = `file:${path.join(workDir, "bench.db")}`;
    cleanup = async () => rmSync(workDir, { recursive: true, force: true });
  } else {
    const server = process.env.BENCH_POSTGRES_URL || DEFAULT_POSTGRES_SERVER_URL;
    const database = await createTemporaryDatabase(server, "qw_bench");
    url = database.url;
    cleanup = async () => {
      await dropDatabase(server, database.name);
      rmSync(workDir, { recursive: true, force: true });
    };
  }
  const servers: AppServer[] = [];
  try {
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    const result = await runPhase(provider, url, logDir, servers);
    if (args.values.out) writeFileSync(args.values.out, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    for (const server of servers) await stopAppServer(server);
    if (args.values.keep) log(`kept ${url}`);
    else await cleanup().catch((error: unknown) => console.error(`could not remove the bench database: ${String(error)}`));
  }
}

async function runPhase(provider: "sqlite" | "postgresql", url: string, logDir: string, servers: AppServer[]): Promise<PhaseResult> {
  const { seedAll } = await import("./seed-all");
  const seedStarted = performance.now();
  const seeded = await seedAll(url, new Date());
  const seedMs = Math.round(performance.now() - seedStarted);
  log(`seeded in ${(seedMs / 1000).toFixed(1)} s: ${JSON.stringify(seeded.counts)}`);
  if (provider === "postgresql") {
    // Bulk-loaded tables have no planner statistics until autovacuum gets to them; a live database has them.
    await withPg(url, (client) => client.query("VACUUM ANALYZE"));
  }

  const authSecret = randomBytes(32).toString("base64url");
  const { buildScenarios } = await import("./build-scenarios");
  const configs = args.values.instances!.split(",").map(Number);
  const plan = await buildScenarios(seeded, authSecret, configs.length);
  const wanted = args.values.scenarios?.split(",");

  const levels = args.values.levels!.split(",").map(Number);
  const seconds = Number(args.values.seconds);
  const warmup = Number(args.values.warmup);
  const basePort = Number(args.values.port);
  const runs: LoadResult[] = [];
  const served: PhaseResult["served"] = {};
  const restarts: string[] = [];
  const tableScans: PhaseResult["tableScans"] = [];
  for (const [configIndex, instances] of configs.entries()) {
    const scenarios = plan.scenariosFor(configIndex).filter((s) => !wanted || wanted.includes(s.key));
    const ports = Array.from({ length: instances }, (_, i) => basePort + i);
    for (const port of ports) await assertPortFree(port);
    log(`starting ${instances} server(s) on ${ports.join(", ")}`);
    const startServers = () =>
      Promise.all(
        ports.map((port) =>
          startAppServer({
            port,
            distDir: args.values.dist!,
            databaseUrl: url,
            authSecret,
            logFile: path.join(logDir, `server-${provider}-${instances}x-${port}.log`),
            nodeArgs: args.values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${args.values["cpu-prof"]}`] : [],
          }),
        ),
      );
    /** Drains the servers after a run; a backlog that does not clear in 30 s is dropped by restarting them. */
    const settle = async (what: string): Promise<boolean> => {
      const waited = await waitUntilIdle(started);
      if (waited < 30_000) {
        if (waited > 2000) log(`  (servers busy ${(waited / 1000).toFixed(1)} s after ${what} with queued requests)`);
        return false;
      }
      log(`  (servers still busy 30 s after ${what}: restarting them to drop the backlog)`);
      for (const server of started) await stopAppServer(server);
      const fresh = await startServers();
      started.splice(0, started.length, ...fresh);
      servers.splice(0, servers.length, ...fresh);
      restarts.push(`${provider} ${instances}x after ${what}`);
      return true;
    };
    const started: AppServer[] = await startServers();
    servers.push(...started);
    if (args.values.hold) {
      writeFileSync(args.values.hold, `${JSON.stringify({ ports, url, pages: plan.pageChecks() }, null, 2)}\n`);
      log(`holding: sample requests in ${args.values.hold}; stop with SIGTERM`);
      await new Promise<void>((resolve) => process.once("SIGTERM", () => resolve()));
    }
    if (configIndex === 0) {
      for (const [key, pagePath, cookie] of plan.pageChecks()) {
        served[key] = await measureServedScripts(ports[0]!, pagePath, cookie);
        log(`${key}: HTML ${(served[key]!.htmlBytes / 1024).toFixed(0)} KB, ${served[key]!.files} scripts, ${(served[key]!.gzipBytes / 1024).toFixed(1)} KB gzipped`);
      }
    }
    for (const scenario of scenarios) {
      const scansBefore = provider === "postgresql" ? await snapshotTableScans(url) : null;
      // Warm-up (not recorded): loads the route's code, fills the JIT and the connection pool.
      await runLoad({ scenario, ports, connections: 10, durationSec: warmup });
      await settle(`the ${scenario.key} warm-up`);
      for (const connections of levels) {
        const cpuBefore = serverCpuTimeMs(started);
        const overflowsBefore = listenOverflows();
        const result = await runLoad({ scenario, ports, connections, durationSec: seconds });
        result.listenOverflows = listenOverflows() - overflowsBefore;
        // Server CPU per answered request (all server processes, all threads): what a request costs, whatever else
        // runs on the machine. Requests still queued when the run ends are finished during the drain, not counted.
        result.serverCpuMsPerRequest = result.responses > 0 ? (serverCpuTimeMs(started) - cpuBefore) / result.responses : Number.NaN;
        runs.push(result);
        log(
          `${instances}x ${scenario.key.padEnd(12)} c=${String(connections).padStart(3)}  ${result.rps.toFixed(0).padStart(5)} req/s  ` +
            `p50 ${result.p50.toFixed(1)}  p95 ${result.p95.toFixed(1)}  p99 ${result.p99.toFixed(1)} ms  ` +
            `non2xx ${result.non2xx}  timeouts ${result.timeouts}  errors ${result.errors}  cpu ${result.serverCpuMsPerRequest.toFixed(2)} ms/req` +
            (result.listenOverflows > 0 ? `  accept-queue drops ${result.listenOverflows}` : ""),
        );
        // Let the servers finish what they had accepted before the next run (restarted servers are warmed up again).
        if (await settle(`${scenario.key} at ${connections}`)) {
          await runLoad({ scenario, ports, connections: 10, durationSec: warmup });
          await settle(`the ${scenario.key} warm-up`);
        }
      }
      if (scansBefore) {
        for (const scan of diffTableScans(scansBefore, await snapshotTableScans(url))) tableScans.push({ ...scan, scenario: scenario.key, instances });
      }
    }
    for (const server of started) await stopAppServer(server);
    servers.length = 0;
  }
  for (const scan of tableScans.filter((t) => t.seqScans > 0 && t.rows >= 1000)) {
    log(
      `seq scans on a big table: ${scan.scenario} (${scan.instances}x) ${scan.table} ×${scan.seqScans} ` +
        `(${scan.rowsReadBySeqScans} rows read; ${scan.indexScans} index scans; ${scan.rows} rows)`,
    );
  }
  const writeChecks = await plan.verify();
  for (const check of writeChecks) log(`write check ${check.scenario}: ${check.detail}`);
  return {
    db: provider,
    seed: { counts: seeded.counts, timings: seeded.timings, totalMs: seedMs },
    runs,
    writeChecks,
    labels: plan.labels,
    restarts,
    tableScans,
    served,
    readFailures: plan.readFailures(),
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
