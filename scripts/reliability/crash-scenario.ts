/**
 * One load-and-crash run on one database (see crash-test.ts). Runs in a process whose DATABASE_URL is that database.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { buildAttemptLayout } from "@/lib/quiz/build-attempt-layout";
import { applyMigrations } from "@/server/db/apply-migrations";
import { db } from "@/server/db/client";
import { type AppServer, killAppServer, startAppServer } from "./app-server";
import { classify, Ledger, percentile, runStudent, type SaveOutcome, type Student } from "./load-driver";
import { mintSessionCookie } from "./session-cookie";

export type ScenarioOptions = {
  provider: "sqlite" | "postgresql";
  url: string;
  workDir: string;
  distDir: string;
  port: number;
  students: number;
  seconds: number;
  killAtSeconds: number;
  thinkMs: [number, number];
  authSecret: string;
};

const QUESTIONS = 20;
/** Attempts of the "timed out" third started this long before the run, so their deadline falls inside it. */
const TIME_LIMIT_SECONDS = 20 * 60;

const log = (message: string) => console.log(`[crash] ${message}`);

// ------------------------------------------------------------------------------------------- the quiz HTTP API

const base = (port: number) => `http://127.0.0.1:${port}`;

/** PUT /api/attempts/[attemptId]/answers — the quiz page's autosave. */
async function saveAnswer(port: number, student: Student, questionId: string, value: string, signal: AbortSignal): Promise<SaveOutcome> {
  const response = await fetch(`${base(port)}/api/attempts/${student.attemptId}/answers`, {
    method: "PUT",
    headers: { cookie: student.cookie, "content-type": "application/json" },
    body: JSON.stringify({ questionId, response: value }),
    signal,
  });
  const text = await response.text();
  if (response.status === 200) return { kind: "ack" };
  if (response.status >= 400 && response.status < 500) {
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
    } catch {
      // not JSON
    }
    return { kind: "refused", status: response.status, code };
  }
  return { kind: "unknown", reason: `HTTP ${response.status}` };
}

/** POST /api/attempts/[attemptId]/submit. */
async function submitAttempt(port: number, student: Student): Promise<number> {
  const response = await fetch(`${base(port)}/api/attempts/${student.attemptId}/submit`, {
    method: "POST",
    headers: { cookie: student.cookie, "content-type": "application/json" },
    body: "{}",
    signal: AbortSignal.timeout(30_000),
  });
  await response.arrayBuffer();
  return response.status;
}

/** The quiz page of the attempt (resuming it; an attempt whose time is up is auto-submitted on this access). */
async function openAttemptPage(port: number, student: Student): Promise<number> {
  const response = await fetch(`${base(port)}/quiz/${student.attemptId}`, {
    headers: { cookie: student.cookie },
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  await response.arrayBuffer();
  return response.status;
}

// ------------------------------------------------------------------------------------------- seed

type Group = "resume" | "submit" | "timeout";
type SeededStudent = Student & { group: Group; deadlineAt: Date };

async function seed(options: ScenarioOptions, runStartsAt: Date): Promise<SeededStudent[]> {
  const tag = randomUUID().slice(0, 8);
  const instructor = await db.user.create({ data: { email: `crash-instructor-${tag}@load.test`, name: "Crash Instructor", role: "instructor" } });
  const course = await db.course.create({ data: { slug: `crash-${tag}`, title: "Crash test course", ownerId: instructor.id } });
  const set = await db.questionSet.create({
    data: { courseId: course.id, title: "Crash test set", status: "published", publishedAt: runStartsAt, ownerId: instructor.id },
  });
  const pool = [];
  for (let i = 0; i < QUESTIONS; i += 1) {
    const question = await db.question.create({
      data: {
        questionSetId: set.id,
        contentId: `crash-${i}`,
        type: "typed",
        prompt: `Question ${i}: name the thing.`,
        answer: `answer ${i}`,
        options: [],
        status: "approved",
        origin: "manual",
        position: i,
      },
    });
    pool.push({ id: question.id, type: question.type, position: i, optionCount: 0 });
  }
  const klass = await db.class.create({ data: { name: "Crash class", instructorId: instructor.id, courseId: course.id, joinCode: `CR${tag.toUpperCase()}` } });
  const assignment = await db.assignment.create({
    data: {
      classId: klass.id,
      questionSetId: set.id,
      title: "Timed quiz under load",
      questionCount: QUESTIONS,
      questionTypes: ["typed"],
      selection: "random",
      seed: `crash-${tag}`,
      opensAt: new Date(runStartsAt.getTime() - 3_600_000),
      dueAt: new Date(runStartsAt.getTime() + 3_600_000),
      timeLimitSeconds: TIME_LIMIT_SECONDS,
      maxAttempts: 1,
    },
  });

  const students: SeededStudent[] = [];
  const timeoutOffsetMs = Math.round(options.seconds * 0.6 * 1000); // deadline of the "timeout" third: 60 % into the run
  for (let i = 0; i < options.students; i += 1) {
    const group: Group = (["resume", "submit", "timeout"] as const)[i % 3]!;
    const user = await db.user.create({
      data: { email: `crash-${tag}-${i}@load.test`, name: `Student ${i}`, role: "student" },
      select: { id: true, email: true, name: true },
    });
    await db.enrollment.create({ data: { classId: klass.id, userId: user.id } });
    const startedAt =
      group === "timeout" ? new Date(runStartsAt.getTime() + timeoutOffsetMs - TIME_LIMIT_SECONDS * 1000) : runStartsAt;
    const deadlineAt = new Date(startedAt.getTime() + TIME_LIMIT_SECONDS * 1000);
    const layout = buildAttemptLayout(
      pool,
      { seed: assignment.seed, selection: "random", questionCount: QUESTIONS, questionTypes: ["typed"], shuffleOptions: false },
      { userId: user.id, attemptNumber: 1 },
    );
    const attempt = await db.attempt.create({
      data: { assignmentId: assignment.id, userId: user.id, number: 1, startedAt, deadlineAt, layout, maxScore: QUESTIONS },
    });
    students.push({
      id: user.id,
      cookie: await mintSessionCookie(user, options.authSecret),
      attemptId: attempt.id,
      questionIds: layout.questions.map((q) => q.questionId),
      group,
      deadlineAt,
    });
  }
  return students;
}

// ------------------------------------------------------------------------------------------- backup under load

async function backupUnderLoad(options: ScenarioOptions): Promise<{ file: string; ok: boolean; ms: number; detail: string }> {
  const started = Date.now();
  const file = path.join(options.workDir, options.provider === "sqlite" ? "backup.db" : "backup.dump");
  const [command, args] =
    options.provider === "sqlite"
      ? [process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(process.cwd(), "scripts/db/backup.ts"), file]]
      : ["pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, options.url]];
  const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(command, args as string[], { env: { ...process.env, NODE_OPTIONS: "" } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
  return { file, ok: result.code === 0, ms: Date.now() - started, detail: result.output.trim().split("\n").at(-1) ?? "" };
}

// ------------------------------------------------------------------------------------------- the run

export async function runCrashScenario(options: ScenarioOptions) {
  log(`${options.provider}: migrating a fresh database`);
  await applyMigrations(options.url);
  const runStartsAt = new Date(Date.now() + 5_000);
  log(`${options.provider}: seeding ${options.students} students, ${QUESTIONS} questions, a timed assignment`);
  const seedStarted = Date.now();
  const students = await seed(options, runStartsAt);
  log(`${options.provider}: seeded in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);

  const serverEnv = { DATABASE_URL: options.url, AUTH_SECRET: options.authSecret, RATE_LIMIT_SIGNIN_PER_IP: "0" };
  const logFile = path.join(options.workDir, "server.log");
  let server: AppServer = await startAppServer({ port: options.port, distDir: options.distDir, env: serverEnv, logFile });
  log(`${options.provider}: server up on 127.0.0.1:${options.port} (pid ${server.child.pid})`);

  const ledger = new Ledger();
  const startedAt = Date.now();
  const endAt = startedAt + options.seconds * 1000;
  const killAt = startedAt + options.killAtSeconds * 1000;
  const timeline: { atSeconds: number; event: string }[] = [];
  const at = () => Number(((Date.now() - startedAt) / 1000).toFixed(1));

  const drivers = students.map((student) =>
    runStudent(student, ledger, {
      endAt,
      thinkMs: options.thinkMs,
      requestTimeoutMs: 30_000,
      save: (s, questionId, value, signal) => saveAnswer(options.port, s, questionId, value, signal),
      isFinal: (outcome) => outcome.kind === "refused" && (outcome.status === 410 || outcome.status === 409),
    }),
  );

  // The crash: SIGKILL midway, restart at once.
  let restartMs = 0;
  const crash = (async () => {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, killAt - Date.now())));
    const acknowledgedBefore = ledger.acknowledged;
    await killAppServer(server, "SIGKILL");
    timeline.push({ atSeconds: at(), event: `SIGKILL (after ${acknowledgedBefore} acknowledged saves)` });
    const restartStarted = Date.now();
    server = await startAppServer({ port: options.port, distDir: options.distDir, env: serverEnv, logFile });
    restartMs = Date.now() - restartStarted;
    timeline.push({ atSeconds: at(), event: `restarted, answering again after ${restartMs} ms` });
  })();

  // An online backup under load, after the restart.
  const backup = (async () => {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, killAt + 10_000 - Date.now())));
    const result = await backupUnderLoad(options);
    timeline.push({ atSeconds: at(), event: `online backup ${result.ok ? "ok" : "FAILED"} in ${result.ms} ms` });
    return result;
  })();

  await Promise.all([...drivers, crash]);
  const backupResult = await backup;
  timeline.push({ atSeconds: at(), event: "load stopped" });
  log(`${options.provider}: load done: ${ledger.requests} requests, ${ledger.acknowledged} acknowledged`);

  // Explicit submits by the "submit" third.
  const submitStatuses = new Map<number, number>();
  await Promise.all(
    students
      .filter((student) => student.group === "submit")
      .map(async (student) => {
        const status = await submitAttempt(options.port, student).catch(() => 0);
        submitStatuses.set(status, (submitStatuses.get(status) ?? 0) + 1);
      }),
  );
  // Every student opens their attempt again (resume; time-up attempts get auto-submitted on this access).
  const pageStatuses = new Map<number, number>();
  for (let i = 0; i < students.length; i += 25) {
    await Promise.all(
      students.slice(i, i + 25).map(async (student) => {
        const status = await openAttemptPage(options.port, student).catch(() => 0);
        pageStatuses.set(status, (pageStatuses.get(status) ?? 0) + 1);
      }),
    );
  }

  // ---------------------------------------------------------------- verification against the database
  const stored = await db.attemptAnswer.findMany({
    where: { attemptId: { in: students.map((s) => s.attemptId) } },
    select: { attemptId: true, questionId: true, response: true, savedAt: true },
  });
  const byKey = new Map<string, { response: string; savedAt: Date }[]>();
  for (const row of stored) {
    const key = Ledger.key(row.attemptId, row.questionId);
    const rows = byKey.get(key) ?? [];
    rows.push({ response: row.response, savedAt: row.savedAt });
    byKey.set(key, rows);
  }
  const duplicates = [...byKey.values()].filter((rows) => rows.length > 1).length;
  let acknowledgedSlots = 0;
  let storedOk = 0;
  let superseded = 0;
  const lost: string[] = [];
  for (const [key, slot] of ledger.slots) {
    const outcome = classify(slot, byKey.get(key)?.[0]?.response);
    if (outcome === "none") continue;
    acknowledgedSlots += 1;
    if (outcome === "stored") storedOk += 1;
    else if (outcome === "superseded") superseded += 1;
    else lost.push(`${key.replace("\u0000", " / ")}: acknowledged ${JSON.stringify(slot.lastAck?.value)}, stored ${JSON.stringify(byKey.get(key)?.[0]?.response)}`);
  }

  // Resume through the quiz's own domain function (what the quiz page calls): an open attempt must come back with
  // exactly the stored answers; a time-up one must come back submitted.
  const { getAttemptForTaking } = await import("@/server/quiz/get-attempt-for-taking");
  const resumeProblems: string[] = [];
  for (const student of students) {
    const user = { id: student.id, email: "", name: null, role: "student" as const };
    const taking = await getAttemptForTaking(user, { attemptId: student.attemptId }, new Date());
    const shouldBeOpen = student.group === "resume" && Date.now() < student.deadlineAt.getTime();
    if (shouldBeOpen !== (taking.state === "in_progress")) {
      resumeProblems.push(`${student.attemptId}: resumed as ${taking.state}, expected ${shouldBeOpen ? "in_progress" : "submitted"}`);
      continue;
    }
    if (taking.state !== "in_progress") continue;
    for (const question of taking.payload.questions) {
      const inDb = byKey.get(Ledger.key(student.attemptId, question.questionId))?.[0]?.response ?? null;
      if (question.saved !== inDb) resumeProblems.push(`${student.attemptId}/${question.questionId}: resumed ${JSON.stringify(question.saved)}, stored ${JSON.stringify(inDb)}`);
    }
  }

  const attempts = await db.attempt.findMany({
    where: { id: { in: students.map((s) => s.attemptId) } },
    select: { id: true, submittedAt: true, autoSubmitted: true, deadlineAt: true, score: true },
  });
  const attemptById = new Map(attempts.map((a) => [a.id, a]));
  const attemptProblems: string[] = [...resumeProblems];
  const attemptStates = { resumable: 0, submitted: 0, autoSubmitted: 0 };
  const now = Date.now();
  for (const student of students) {
    const attempt = attemptById.get(student.attemptId);
    if (!attempt) {
      attemptProblems.push(`${student.attemptId}: missing`);
      continue;
    }
    const pastDeadline = now >= student.deadlineAt.getTime();
    if (student.group === "timeout" || pastDeadline) {
      // Correctly auto-submitted: dated at its deadline, graded, and nothing saved after the deadline.
      const late = stored.filter((row) => row.attemptId === attempt.id && row.savedAt.getTime() >= student.deadlineAt.getTime());
      if (!attempt.submittedAt || !attempt.autoSubmitted || attempt.submittedAt.getTime() !== student.deadlineAt.getTime() || attempt.score === null) {
        attemptProblems.push(`${attempt.id}: time up but not auto-submitted at its deadline (${JSON.stringify(attempt)})`);
      } else if (late.length > 0) {
        attemptProblems.push(`${attempt.id}: ${late.length} answers saved at or after the deadline`);
      } else attemptStates.autoSubmitted += 1;
    } else if (student.group === "submit") {
      if (!attempt.submittedAt || attempt.autoSubmitted || attempt.score === null) attemptProblems.push(`${attempt.id}: submit acknowledged but not submitted`);
      else attemptStates.submitted += 1;
    } else if (attempt.submittedAt) {
      attemptProblems.push(`${attempt.id}: should still be open`);
    } else attemptStates.resumable += 1;
  }
  // Acknowledged saves of time-up attempts must all have been made before the deadline.
  const ackedAfterDeadline = students
    .filter((s) => s.group === "timeout")
    .flatMap((s) => s.questionIds.map((q) => ({ slot: ledger.slots.get(Ledger.key(s.attemptId, q)), deadline: s.deadlineAt.getTime() })))
    .filter(({ slot, deadline }) => slot?.lastAck && slot.lastAck.sentAt > deadline + 1000).length;

  // ---------------------------------------------------------------- restore the backup into a scratch database
  const restore = await verifyRestore(options, backupResult.file).catch((error: unknown) => ({ ok: false, detail: String(error) }));

  await killAppServer(server, "SIGTERM");

  const result = {
    date: new Date().toISOString().slice(0, 10),
    database: options.provider === "sqlite" ? "SQLite (WAL)" : "PostgreSQL 15",
    students: options.students,
    seconds: options.seconds,
    killAtSeconds: options.killAtSeconds,
    restartMs,
    requests: ledger.requests,
    acknowledged: ledger.acknowledged,
    retries: ledger.retries,
    unanswered: ledger.unknown,
    refused: Object.fromEntries(ledger.refusedByCode),
    acknowledgedAnswers: acknowledgedSlots,
    stored: storedOk,
    supersededByLaterUnacknowledgedWrite: superseded,
    lost: lost.length,
    duplicates,
    ackedAfterDeadline,
    latencyMs: { p50: percentile(ledger.latenciesMs, 50), p95: percentile(ledger.latenciesMs, 95), p99: percentile(ledger.latenciesMs, 99) },
    throughputPerSecond: Math.round(ledger.acknowledged / options.seconds),
    submitStatuses: Object.fromEntries(submitStatuses),
    pageStatuses: Object.fromEntries(pageStatuses),
    attempts: attemptStates,
    attemptProblems: attemptProblems.length,
    backup: { ok: backupResult.ok, ms: backupResult.ms, detail: backupResult.detail },
    restore,
    timeline,
  };
  log(`${options.provider}: ${JSON.stringify(result, null, 2)}`);
  for (const line of [...lost.slice(0, 10), ...attemptProblems.slice(0, 10)]) log(`  problem: ${line}`);
  return { ...result, ok: lost.length === 0 && duplicates === 0 && attemptProblems.length === 0 && ackedAfterDeadline === 0 && backupResult.ok && restore.ok };
}

/** Restores the backup into a scratch database with the documented commands and compares it with the source. */
async function verifyRestore(options: ScenarioOptions, file: string): Promise<{ ok: boolean; detail: string }> {
  const tables = ["User", "Attempt", "AttemptAnswer", "_prisma_migrations"];
  if (options.provider === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    const target = path.join(options.workDir, "restored.db");
    // The documented command (`npm run db:restore -- <file>`), pointed at a scratch database file.
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(process.cwd(), "scripts/db/restore.ts"), file], {
        env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: `file:${target}` },
        stdio: "ignore",
      });
      child.on("exit", resolve);
    });
    if (code !== 0) return { ok: false, detail: `db:restore exited with ${code}` };
    const backupDb = new Database(file, { readonly: true });
    const restoredDb = new Database(target, { readonly: true });
    try {
      const differences = tables.filter(
        (table) =>
          (backupDb.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n !==
          (restoredDb.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n,
      );
      const answers = (restoredDb.prepare(`SELECT COUNT(*) AS n FROM "AttemptAnswer"`).get() as { n: number }).n;
      return { ok: differences.length === 0 && answers > 0, detail: `restored ${answers} answers; differing tables: ${differences.join(", ") || "none"}` };
    } finally {
      backupDb.close();
      restoredDb.close();
    }
  }
  const pg = await import("../db/postgres-databases");
  const scratch = await pg.createTemporaryDatabase(pg.DEFAULT_POSTGRES_SERVER_URL, "qw_restore");
  try {
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${scratch.url}`, file], { stdio: "ignore" });
      child.on("exit", resolve);
    });
    if (code !== 0) return { ok: false, detail: `pg_restore exited with ${code}` };
    const { default: pgModule } = await import("pg");
    const restored = new pgModule.Client(pg.pgConfigFromUrl(scratch.url));
    await restored.connect();
    try {
      const answers = Number((await restored.query(`SELECT COUNT(*) AS n FROM "AttemptAnswer"`)).rows[0].n);
      const migrations = Number((await restored.query(`SELECT COUNT(*) AS n FROM "_prisma_migrations"`)).rows[0].n);
      return { ok: answers > 0 && migrations > 0, detail: `restored ${answers} answers, ${migrations} migrations` };
    } finally {
      await restored.end();
    }
  } finally {
    await pg.dropDatabase(pg.DEFAULT_POSTGRES_SERVER_URL, scratch.name);
  }
}
