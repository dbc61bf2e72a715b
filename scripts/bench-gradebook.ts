/**
 * `npm run bench:gradebook [-- --db postgresql] [-- --students 500 --assignments 20 --runs 20]`: the instructor's
 * gradebook page data (server/quiz/get-gradebook.ts) and an assignment's item analysis
 * (server/quiz/get-item-analysis.ts) on a class of 500 students × 20 assignments with attempts — the domain
 * functions the pages call, no HTTP. Goals: < 250 ms each. Prints p50/p95 and the share spent in the pure
 * functions (lib/quiz/build-gradebook.ts, lib/quiz/analyze-items.ts).
 *
 * Seed: one published set of 40 approved questions (multiple choice, true/false, typed, cloze); 20 assignments of 10
 * questions (alternately the same for everyone and random per student); each student, with a seeded "ability",
 * takes ~90 % of the assignments, ~25 % of those twice; answers are right with probability = ability.
 *
 * Runs on a throwaway database: a temp SQLite file (default) or a temp PostgreSQL database on TEST_POSTGRES_URL
 * (default postgresql://postgres@127.0.0.1:5432/postgres), dropped at the end.
 * Run as `node --conditions=react-server --import tsx scripts/bench-gradebook.ts` (server/ modules import server-only).
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildAttemptLayout } from "../lib/quiz/build-attempt-layout";
import { createSeededRandom } from "../lib/quiz/create-seeded-random";
import { applyMigrations } from "../server/db/apply-migrations";
import { createTemporaryDatabase, DEFAULT_POSTGRES_SERVER_URL, dropDatabase } from "./db/postgres-databases";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
};
const provider = arg("db", "sqlite") === "postgresql" ? "postgresql" : "sqlite";
const STUDENTS = Number(arg("students", "500"));
const ASSIGNMENTS = Number(arg("assignments", "20"));
const RUNS = Number(arg("runs", "20"));
const QUESTIONS_PER_ASSIGNMENT = 10;
const POOL = 40;
const GOAL_MS = 250;
const NOW = new Date("2026-11-23T12:00:00.000Z");
const DAY = 86_400_000;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

function report(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  console.log(
    `${label.padEnd(40)} n=${String(samples.length).padStart(3)}  p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  max ${sorted.at(-1)!.toFixed(1)} ms  goal < ${GOAL_MS} ms: ${p95 < GOAL_MS ? "met (p95)" : p50 < GOAL_MS ? "met at p50 only" : "NOT met"}`,
  );
  return { p50, p95 };
}

async function chunked<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

async function main() {
  let url: string;
  let cleanup: () => Promise<void>;
  const keep = arg("keep", "");
  if (provider === "sqlite" && keep) {
    // --keep <file>: seed into that (new) file and keep it afterwards, for profiling queries against it.
    url = `file:${path.resolve(keep)}`;
    cleanup = async () => undefined;
  } else if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "qw-bench-gradebook-"));
    url = `file:${path.join(dir, "bench.db")}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const server = process.env.TEST_POSTGRES_URL || DEFAULT_POSTGRES_SERVER_URL;
    const database = await createTemporaryDatabase(server, "qw_bench");
    url = database.url;
    cleanup = () => dropDatabase(server, database.name);
  }
  try {
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    const { db } = await import("../server/db/client");
    const { getGradebook } = await import("../server/quiz/get-gradebook");
    const { getItemAnalysis } = await import("../server/quiz/get-item-analysis");
    const { buildGradebook } = await import("../lib/quiz/build-gradebook");
    const { analyzeItems } = await import("../lib/quiz/analyze-items");

    // ------------------------------------------------------------------ seed
    const seedStart = performance.now();
    const seeded = keep ? await db.class.findUnique({ where: { joinCode: "BENCH2" }, select: { id: true } }) : null;
    if (seeded) throw new Error("--keep: the file is already seeded; give a new file name");
    const random = createSeededRandom("bench-gradebook");
    const instructor = await db.user.create({
      data: { email: "teacher@bench.test", name: "Teacher", role: "instructor" },
      select: { id: true, email: true, name: true, role: true },
    });
    const course = await db.course.create({ data: { slug: "bench-course", title: "Bench course" } });
    const set = await db.questionSet.create({
      data: { courseId: course.id, title: "Bench set", status: "published", publishedAt: NOW, ownerId: instructor.id },
    });
    const types = ["multiple_choice", "true_false", "typed", "cloze"] as const;
    const questions = Array.from({ length: POOL }, (_, i) => {
      const type = types[i % 4]!;
      const answer = type === "true_false" ? (i % 8 === 1 ? "True" : "False") : `answer${i}`;
      const options = type === "multiple_choice" ? [answer, `wrong${i}a`, `wrong${i}b`, `wrong${i}c`] : type === "true_false" ? ["True", "False"] : [];
      return { id: `q${String(i).padStart(3, "0")}-${randomUUID().slice(0, 8)}`, questionSetId: set.id, contentId: `bench-${i}`, type, prompt: `Question ${i}?`, answer, options, status: "approved" as const, position: i };
    });
    await db.question.createMany({ data: questions });
    const cls = await db.class.create({ data: { name: "Bench class", joinCode: "BENCH2", instructorId: instructor.id } });
    const students = Array.from({ length: STUDENTS }, (_, i) => ({
      id: `u${String(i).padStart(4, "0")}-${randomUUID().slice(0, 8)}`,
      email: `student${i}@bench.test`,
      name: `Student ${String(i).padStart(4, "0")}`,
    }));
    await chunked(students, 500, (chunk) => db.user.createMany({ data: chunk }));
    await chunked(students, 500, (chunk) => db.enrollment.createMany({ data: chunk.map((s) => ({ classId: cls.id, userId: s.id, joinedAt: new Date(NOW.getTime() - 30 * DAY) })) }));
    const ability = new Map(students.map((s) => [s.id, 0.3 + 0.65 * random()]));

    const assignments = Array.from({ length: ASSIGNMENTS }, (_, i) => ({
      id: `a${String(i).padStart(2, "0")}-${randomUUID().slice(0, 8)}`,
      classId: cls.id,
      questionSetId: set.id,
      title: `Quiz ${i + 1}`,
      questionCount: QUESTIONS_PER_ASSIGNMENT,
      questionTypes: [...types],
      selection: i % 2 === 0 ? ("same" as const) : ("random" as const),
      seed: `seed-${i}`,
      shuffleOptions: true,
      opensAt: new Date(NOW.getTime() - (25 - i) * DAY),
      dueAt: new Date(NOW.getTime() - (24 - i) * DAY),
      timeLimitSeconds: 900,
      maxAttempts: 2,
      grading: i % 3 === 0 ? ("last" as const) : ("best" as const),
      showAnswers: "after_submit" as const,
    }));
    await db.assignment.createMany({ data: assignments });

    const pool = questions.map((q) => ({ id: q.id, type: q.type, position: q.position, optionCount: q.options.length }));
    const byId = new Map(questions.map((q) => [q.id, q]));
    const attemptRows: Array<Record<string, unknown>> = [];
    const answerRows: Array<Record<string, unknown>> = [];
    for (const a of assignments) {
      for (const s of students) {
        if (random() < 0.1) continue; // not started
        const count = random() < 0.25 ? 2 : 1;
        for (let number = 1; number <= count; number++) {
          const layout = buildAttemptLayout(pool, { ...a, questionTypes: a.questionTypes }, { userId: s.id, attemptNumber: number });
          const startedAt = new Date(a.opensAt.getTime() + (number * 3600 + random() * 3600) * 1000);
          const attemptId = randomUUID();
          let score = 0;
          for (const { questionId } of layout.questions) {
            const q = byId.get(questionId)!;
            if (random() < 0.05) continue; // unanswered
            const right = random() < ability.get(s.id)!;
            if (right) score++;
            const response = right ? q.answer : q.type === "multiple_choice" ? q.options[1 + Math.floor(random() * 3)]! : q.type === "true_false" ? (q.answer === "True" ? "False" : "True") : "nope";
            answerRows.push({ attemptId, questionId, response, correct: right, savedAt: startedAt });
          }
          attemptRows.push({
            id: attemptId,
            assignmentId: a.id,
            userId: s.id,
            number,
            startedAt,
            deadlineAt: new Date(startedAt.getTime() + 900_000),
            submittedAt: new Date(startedAt.getTime() + 600_000),
            layout,
            score,
            maxScore: layout.questions.length,
          });
        }
      }
    }
    await chunked(attemptRows, 1000, (chunk) => db.attempt.createMany({ data: chunk as never }));
    await chunked(answerRows, 5000, (chunk) => db.attemptAnswer.createMany({ data: chunk as never }));
    console.log(
      `seeded ${provider}: ${STUDENTS} students × ${ASSIGNMENTS} assignments, ${attemptRows.length} attempts, ${answerRows.length} answers in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    // ------------------------------------------------------------------ measure
    const gradebookTimes: number[] = [];
    const analysisTimes: number[] = [];
    const pureGradebook: number[] = [];
    const pureAnalysis: number[] = [];
    const target = assignments[Math.floor(ASSIGNMENTS / 2) + 1]!; // a "random selection" assignment
    const gradebookCpu: number[] = [];
    const analysisCpu: number[] = [];
    const cpuMs = (since: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1000;
    };
    for (let run = -2; run < RUNS; run++) {
      let t = performance.now();
      let cpu = process.cpuUsage();
      const gb = await getGradebook(instructor, cls.id, NOW);
      const g = performance.now() - t;
      const gCpu = cpuMs(cpu);
      t = performance.now();
      cpu = process.cpuUsage();
      const ia = await getItemAnalysis(instructor, target.id, NOW);
      const i = performance.now() - t;
      const iCpu = cpuMs(cpu);
      if (run < 0) {
        if (run === -2) {
          const cells = gb.gradebook.rows.flatMap((r) => r.cells);
          console.log(
            `gradebook: ${gb.gradebook.rows.length} rows × ${gb.gradebook.columns.length} columns, ${cells.filter((c) => c.status === "submitted").length} graded cells; item analysis: ${ia.analysis.students} students, ${ia.analysis.items.length} items, group ${ia.analysis.groupSize}`,
          );
        }
        continue; // warm-up
      }
      gradebookTimes.push(g);
      analysisTimes.push(i);
      gradebookCpu.push(gCpu);
      analysisCpu.push(iCpu);
    }
    // The pure parts alone, on the same data.
    const attemptsForPure = await db.attempt.findMany({
      where: { assignment: { classId: cls.id } },
      select: { assignmentId: true, userId: true, number: true, score: true, maxScore: true, submittedAt: true },
    });
    const studentsForPure = students.map((s) => ({ userId: s.id, name: s.name, email: s.email }));
    const ia = await getItemAnalysis(instructor, target.id, NOW);
    const itemQuestions = questions.map((q) => ({ ...q, options: q.options }));
    const itemAttempts = (await db.attempt.findMany({ where: { assignmentId: target.id }, select: { userId: true, score: true, maxScore: true, answers: { select: { questionId: true, response: true, correct: true } } } })).map((a) => ({
      userId: a.userId,
      score: a.score ?? 0,
      maxScore: a.maxScore,
      answers: a.answers.map((x) => ({ questionId: x.questionId, response: x.response, correct: x.correct ?? false })),
    }));
    for (let run = 0; run < RUNS; run++) {
      let t = performance.now();
      buildGradebook(studentsForPure, assignments, attemptsForPure, NOW);
      pureGradebook.push(performance.now() - t);
      t = performance.now();
      analyzeItems(itemQuestions, itemAttempts);
      pureAnalysis.push(performance.now() - t);
    }
    console.log(`(item analysis of "${target.title}", selection ${target.selection}: ${ia.analysis.items.length} questions drawn)`);
    const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
    console.log(
      `load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} on ${os.cpus().length} cores; CPU time of this process (median): gradebook ${median(gradebookCpu).toFixed(1)} ms, item analysis ${median(analysisCpu).toFixed(1)} ms${provider === "postgresql" ? " (PostgreSQL's own work is in its server process)" : ""}`,
    );
    report("gradebook page data (getGradebook)", gradebookTimes);
    report("  of which buildGradebook (pure)", pureGradebook);
    report("item analysis (getItemAnalysis)", analysisTimes);
    report("  of which analyzeItems (pure)", pureAnalysis);
    await db.$disconnect();
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
