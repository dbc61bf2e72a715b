/** The load benchmark's report: one Markdown table plus the scale-out, write-check and bundle summaries. */
import type { RouteBundle } from "./bundles";
import type { ForeignKeyIndex } from "./check-indexes";
import type { LoadResult } from "./load";
import type { PhaseResult } from "./phase";

export type BenchReport = {
  date: string;
  machine: string;
  command: string;
  seconds: number;
  levels: number[];
  phases: PhaseResult[];
  bundles: RouteBundle[];
  foreignKeys: ForeignKeyIndex[];
  loadAverage: { start: number[]; end: number[] };
};

const ORDER = ["noop", "review", "answer", "submit", "study-page", "gradebook"];
const SHORT: Record<string, string> = {
  noop: "no-op `GET /api/health`",
  review: "submit review `POST /api/reviews`",
  answer: "save answer `PUT /api/attempts/[id]/answers`",
  submit: "submit attempt `POST /api/attempts/[id]/submit`",
  "study-page": "study page `GET /study/set/[id]`",
  gradebook: "gradebook `GET /instructor/classes/[id]/gradebook`",
};
const STUDY_PAGE_ROUTE = "/(app)/study/[kind]/[id]";
const STUDY_PAGE_GOAL_BYTES = 200 * 1024;

const ms = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : "—");
const int = (value: number) => Math.round(value).toLocaleString("en-US");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const dbName = (db: string) => (db === "sqlite" ? "SQLite" : "PostgreSQL");

function noopFor(runs: LoadResult[], run: LoadResult): LoadResult | undefined {
  return runs.find((r) => r.scenario === "noop" && r.instances === run.instances && r.connections === run.connections);
}

function sortedRuns(runs: LoadResult[]): LoadResult[] {
  return [...runs].sort(
    (a, b) => a.instances - b.instances || ORDER.indexOf(a.scenario) - ORDER.indexOf(b.scenario) || a.connections - b.connections,
  );
}

export function renderReport(report: BenchReport): string {
  const lines: string[] = [];
  const seedLine = report.phases
    .map((p) => `${dbName(p.db)} ${(p.seed.totalMs / 1000).toFixed(0)} s`)
    .join(", ");
  const counts = report.phases[0]?.seed.counts ?? {};
  lines.push(
    `${report.date} · \`${report.command}\` (scripts/bench/) · ${report.machine} · production build (\`next start\`, own dist dir), ` +
      `autocannon over 127.0.0.1, ${report.seconds} s per run after a 2 s warm-up, one request in flight per connection; ` +
      `load average ${report.loadAverage.start.map((l) => l.toFixed(1)).join("/")} at the start, ` +
      `${report.loadAverage.end.map((l) => l.toFixed(1)).join("/")} at the end (the machine is shared with other engineers' builds and tests).`,
    "",
    `Seed (fresh database per run; ${seedLine}): the content/ course through the content sync (${int(counts.questions ?? 0)} generated ` +
      `questions), ${int((counts.users ?? 1) - 1)} students with ${int(counts.cards ?? 0)} cards and ${int(counts.reviewLogs ?? 0)} review logs, ` +
      `a class of ${int(counts.enrollments ?? 0)} with ${int(counts.assignments ?? 0)} assignments, ${int(counts.attempts ?? 0)} attempts ` +
      `(one graded and one in progress per student and assignment) and ${int(counts.attemptAnswers ?? 0)} saved answers. ` +
      `Requests are spread over all students (round-robin; fresh review ids; every answer value unique); submissions stop ` +
      `early (marked *) when the pool of attempts in progress is used up. Errors = non-2xx responses + timeouts (10 s) + ` +
      `connection errors. "vs no-op" = throughput ÷ the no-op route's at the same database, servers and connections. ` +
      `"server CPU ms/req" = CPU time of the server processes (all threads, from /proc) during the run ÷ responses: the ` +
      `cost of a request, much less sensitive than req/s to the other work on the machine. Pages are requested with ` +
      `\`Accept-Encoding: gzip\` like a browser.`,
    "",
    "| database | servers | route | conns | req/s | p50 ms | p95 ms | p99 ms | errors | vs no-op | server CPU ms/req |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const phase of report.phases) {
    for (const run of sortedRuns(phase.runs)) {
      const noop = noopFor(phase.runs, run);
      const ratio = noop && noop.rps > 0 ? `${Math.round((100 * run.rps) / noop.rps)} %` : "—";
      const errors = run.non2xx + run.errors;
      lines.push(
        `| ${dbName(phase.db)} | ${run.instances} | ${SHORT[run.scenario] ?? run.scenario} | ${run.connections} | ` +
          `${int(run.rps)}${run.stoppedEarly ? "*" : ""} | ${ms(run.p50)} | ${ms(run.p95)} | ${ms(run.p99)} | ` +
          `${errors === 0 ? "0" : `**${int(errors)}**`}${(run.listenOverflows ?? 0) > 0 ? "†" : ""} | ${ratio} | ` +
          `${Number.isFinite(run.serverCpuMsPerRequest) ? run.serverCpuMsPerRequest.toFixed(1) : "—"} |`,
      );
    }
  }

  const overflowRuns = report.phases.flatMap((p) => p.runs.filter((r) => (r.listenOverflows ?? 0) > 0));
  if (overflowRuns.length > 0) {
    lines.push(
      "",
      `† During these runs the kernel dropped connections from a full accept queue (TcpExt ListenOverflows: ` +
        `${overflowRuns.map((r) => `${r.scenario} ${r.instances}× ${r.connections} conns ${int(r.listenOverflows)}`).join(", ")}). ` +
        "autocannon opens all connections at once; while the server's event loop is saturated it does not accept them " +
        "fast enough, and a dropped handshake is retried by the client after 1, 3, 7 s…: those connections get no answer " +
        "within the 10 s timeout. Timeouts without † are requests that waited in the server longer than 10 s.",
    );
  }

  // Scale-out: PostgreSQL with 2 servers vs 1.
  const pg = report.phases.find((p) => p.db === "postgresql");
  if (pg && pg.runs.some((r) => r.instances === 2)) {
    lines.push("", "Scale-out on PostgreSQL: throughput with two servers (load split evenly) ÷ with one, same connections.", "");
    lines.push(`| route | ${report.levels.map((l) => `${l} conns`).join(" | ")} |`, `|---|${report.levels.map(() => "---").join("|")}|`);
    for (const key of ORDER) {
      const cells = report.levels.map((level) => {
        const one = pg.runs.find((r) => r.scenario === key && r.instances === 1 && r.connections === level);
        const two = pg.runs.find((r) => r.scenario === key && r.instances === 2 && r.connections === level);
        return one && two && one.rps > 0 ? `${(two.rps / one.rps).toFixed(2)}×` : "—";
      });
      if (cells.some((c) => c !== "—")) lines.push(`| ${SHORT[key]} | ${cells.join(" | ")} |`);
    }
  }

  const restarts = report.phases.flatMap((p) => p.restarts ?? []);
  if (restarts.length > 0) {
    lines.push(
      "",
      `Backlogs: after ${restarts.join("; ")} the servers were still busy 30 s after the run (requests accepted but not ` +
        "answered before the run ended) and were restarted so that the next run did not start behind them.",
    );
  }
  lines.push("", "Write check after each database's runs (rows counted against acknowledged 2xx responses):", "");
  for (const phase of report.phases) {
    for (const check of phase.writeChecks) {
      const failures = Object.entries(check.failures).map(([k, v]) => `${k} ×${v}`).join(", ");
      lines.push(`- ${dbName(phase.db)}, ${check.scenario}: ${check.detail}${failures ? `; refused: ${failures}` : ""}.`);
    }
    for (const [key, failures] of Object.entries(phase.readFailures)) {
      const list = Object.entries(failures).map(([k, v]) => `${k} ×${v}`).join(", ");
      if (list) lines.push(`- ${dbName(phase.db)}, ${key}: non-2xx ${list}.`);
    }
  }

  const uncovered = report.foreignKeys.filter((fk) => fk.coveredBy === null);
  lines.push(
    "",
    `Indexes: ${report.foreignKeys.length} foreign keys in prisma/models.prisma, ` +
      (uncovered.length === 0
        ? "each the leading column(s) of an index (scripts/bench/check-indexes.ts)."
        : `**${uncovered.length} without an index**: ${uncovered.map((fk) => `${fk.model}(${fk.fields.join(", ")})`).join(", ")}.`),
  );
  const pgScans = report.phases.find((p) => p.db === "postgresql")?.tableScans ?? [];
  if (pgScans.length > 0) {
    const big = pgScans.filter((t) => t.seqScans > 0 && t.rows >= 1000);
    const smallTables = [...new Set(pgScans.filter((t) => t.seqScans > 0 && t.rows < 1000).map((t) => t.table))];
    const scenarios = [...new Set(pgScans.map((t) => t.scenario))];
    const clean = scenarios.filter((key) => !big.some((t) => t.scenario === key));
    lines.push(
      "",
      "How PostgreSQL read the tables during each scenario's runs (pg_stat_user_tables before/after, seeded data " +
        `VACUUM ANALYZEd): tables of 1,000 rows or more read by sequential scans: ` +
        (big.length === 0
          ? "none."
          : big
              .map((t) => `${SHORT[t.scenario] ?? t.scenario} (${t.instances} server${t.instances > 1 ? "s" : ""}): ${t.table} ×${int(t.seqScans)}, ${int(t.rowsReadBySeqScans)} rows read (${int(t.rows)} rows)`)
              .join("; ") + ".") +
        (clean.length > 0 ? ` No big table was scanned by: ${clean.map((k) => SHORT[k] ?? k).join(", ")}.` : "") +
        (smallTables.length > 0 ? ` Tables under 1,000 rows (${smallTables.join(", ")}) are scanned whole, as the planner prefers for small tables.` : ""),
    );
  }
  lines.push(
    "",
    "First-load JS per page route, gzipped (level 9): the build's root main files plus every `entryJSFiles` chunk of the " +
      "route's client reference manifest (layouts, page, error/not-found/forbidden boundaries); polyfills excluded.",
    "",
    "| route | files | gzipped |",
    "|---|---|---|",
  );
  for (const bundle of report.bundles) {
    const flag = bundle.route === STUDY_PAGE_ROUTE ? (bundle.gzipBytes < STUDY_PAGE_GOAL_BYTES ? " (goal < 200 KB: met)" : " (goal < 200 KB: **not met**)") : "";
    lines.push(`| \`${bundle.route}\` | ${bundle.files} | ${kb(bundle.gzipBytes)}${flag} |`);
  }
  const served = report.phases[0]?.served ?? {};
  const servedLines = Object.entries(served).map(
    ([key, s]) => `${SHORT[key] ?? key}: HTML ${kb(s.htmlBytes)}, ${s.files} scripts, ${kb(s.gzipBytes)} gzipped`,
  );
  if (servedLines.length > 0) lines.push("", `Cross-check from the served HTML (\`<script src>\` files fetched and gzipped): ${servedLines.join("; ")}.`);

  lines.push("", "Goals:", "");
  for (const phase of report.phases) {
    for (const instances of [...new Set(phase.runs.map((r) => r.instances))]) {
      const runs = phase.runs.filter((r) => r.instances === instances);
      const where = `${dbName(phase.db)}, ${instances} server${instances > 1 ? "s" : ""}`;
      const parts: string[] = [];
      for (const key of ["review", "answer"]) {
        const ratios = runs
          .filter((r) => r.scenario === key)
          .map((r) => {
            const noop = noopFor(runs, r);
            return noop ? r.rps / noop.rps : Number.NaN;
          });
        const best = Math.max(...ratios.filter(Number.isFinite));
        if (Number.isFinite(best)) parts.push(`${key} ≥ 50 % of no-op: ${best >= 0.5 ? "met" : "not met"} (best ${Math.round(best * 100)} %)`);
      }
      const at10 = runs.filter((r) => r.connections === 10 && r.scenario !== "noop");
      const slow = at10.filter((r) => !(r.p95 < 25)).map((r) => `${r.scenario} ${ms(r.p95)} ms`);
      parts.push(`p95 < 25 ms at 10 conns: ${slow.length === 0 ? "met" : `not met (${slow.join(", ")})`}`);
      const at500 = runs.filter((r) => r.connections === 500);
      const failing = at500.filter((r) => r.non2xx + r.errors > 0).map((r) => `${r.scenario} ${r.non2xx + r.errors}`);
      if (at500.length > 0) parts.push(`0 errors at 500: ${failing.length === 0 ? "met" : `not met (${failing.join(", ")})`}`);
      lines.push(`- ${where}: ${parts.join("; ")}.`);
    }
  }
  const study = report.bundles.find((b) => b.route === STUDY_PAGE_ROUTE);
  if (study) lines.push(`- Study page first-load JS < 200 KB gzipped: ${study.gzipBytes < STUDY_PAGE_GOAL_BYTES ? "met" : "not met"} (${kb(study.gzipBytes)}).`);
  return lines.join("\n");
}

/** Replaces (or appends) the `## Load benchmarks` section of a Markdown document; other sections are kept as they are. */
export function replaceSection(document: string, heading: string, body: string): string {
  const section = `## ${heading}\n\n${body.trim()}\n`;
  const lines = document.split("\n");
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return `${document.trimEnd()}\n\n${section}`;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  const before = lines.slice(0, start).join("\n").trimEnd();
  const after = lines.slice(end).join("\n").trim();
  return `${before}\n\n${section}${after ? `\n${after}\n` : ""}`;
}
