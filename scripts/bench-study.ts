/**
 * `npm run bench:study [-- --db postgresql] [-- --cards 50000]`: the study hot paths at the database layer (the
 * domain functions the routes call, no HTTP). A student with 50,000 cards (another student with as many shares the
 * tables); builds the due queue of the whole course repeatedly, then submits reviews in a loop.
 * Goals: due queue < 20 ms, review write < 5 ms. Prints p50/p95/p99.
 *
 * Runs on a throwaway database: a temp SQLite file (default) or a temp PostgreSQL database on TEST_POSTGRES_URL
 * (default postgresql://postgres@127.0.0.1:5432/postgres), dropped at the end.
 * Run as `node --conditions=react-server --import tsx scripts/bench-study.ts` (server/ modules import server-only).
 */
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTemporaryDatabase, DEFAULT_POSTGRES_SERVER_URL, dropDatabase, withDatabase } from "./db/postgres-databases";
import { applyMigrations } from "../server/db/apply-migrations";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
};
const provider = arg("db", "sqlite") === "postgresql" ? "postgresql" : "sqlite";
const CARDS = Number(arg("cards", "50000"));
const SETS = 10;
const QUEUE_RUNS = Number(arg("queue-runs", "200"));
const SUBMITS = Number(arg("submits", "1000"));
const NOW = new Date("2026-11-23T12:00:00.000Z");
const DAY = 86_400_000;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

function report(label: string, samples: number[], goalMs: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  const p99 = percentile(sorted, 99);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(
    `${label.padEnd(34)} n=${String(samples.length).padStart(5)}  p50 ${p50.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  p99 ${p99.toFixed(2)} ms  mean ${mean.toFixed(2)} ms  goal < ${goalMs} ms: ${p95 < goalMs ? "met (p95)" : p50 < goalMs ? "met at p50 only" : "NOT met"}`,
  );
}

async function main() {
  let url: string;
  let cleanup: () => Promise<void>;
  const keep = arg("keep", "");
  if (provider === "sqlite" && keep) {
    // --keep <file>: seed once into that file and reuse it on later runs (profiling).
    url = `file:${path.resolve(keep)}`;
    cleanup = async () => undefined;
  } else if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "qw-bench-study-"));
    url = `file:${path.join(dir, "bench.db")}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else if (keep) {
    // --keep <database>: a database on the PostgreSQL server, created by the caller, kept and reused.
    url = withDatabase(process.env.TEST_POSTGRES_URL || DEFAULT_POSTGRES_SERVER_URL, keep);
    cleanup = async () => undefined;
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
    const { getStudyQueue } = await import("../server/study/get-study-queue");
    const { submitReview } = await import("../server/study/submit-review");
    const { listStudyDecks } = await import("../server/study/list-study-decks");
    const { getStudyStats } = await import("../server/study/get-study-stats");

    // ------------------------------------------------------------------ seed
    const t0 = performance.now();
    async function seed() {
      const course = await db.course.create({ data: { slug: "bench-course", title: "Bench course" } });
      const sets = [];
      for (let s = 0; s < SETS; s++) {
        sets.push(await db.questionSet.create({ data: { courseId: course.id, title: `Set ${s}`, status: "published" } }));
      }
      const students = [];
      for (const name of ["bench-student", "other-student"]) {
        students.push(await db.user.create({ data: { email: `${name}@bench.test`, name } }));
      }
      const questionIds: string[] = [];
      const BATCH = 1000;
      for (let i = 0; i < CARDS; i += BATCH) {
        const rows = [];
        for (let j = i; j < Math.min(CARDS, i + BATCH); j++) {
          const id = `q${String(j).padStart(8, "0")}`;
          questionIds.push(id);
          rows.push({
            id,
            questionSetId: sets[j % SETS]!.id,
            contentId: `c${j}`,
            type: "flashcard" as const,
            prompt: `Prompt ${j}`,
            answer: `Answer ${j}`,
            options: [],
            status: "approved" as const,
            position: Math.floor(j / SETS),
            sourceSentence: `Sentence ${j}.`,
          });
        }
        await db.question.createMany({ data: rows });
      }
      // Every student has a card for every question: ~4 % due now (overdue up to 10 days), the rest due over the next
      // year; all in the Review state with plausible memory; one past review log per card.
      for (const [si, student] of students.entries()) {
        for (let i = 0; i < CARDS; i += BATCH) {
          const cards = [];
          const logs = [];
          for (let j = i; j < Math.min(CARDS, i + BATCH); j++) {
            const dueNow = (j * 7919 + si) % 25 === 0;
            const due = dueNow ? new Date(NOW.getTime() - ((j % 10) + 0.5) * DAY) : new Date(NOW.getTime() + ((j % 365) + 1) * DAY);
            const lastReview = new Date(due.getTime() - 10 * DAY);
            const cardId = `k${si}${String(j).padStart(8, "0")}`;
            cards.push({
              id: cardId,
              userId: student.id,
              questionId: questionIds[j]!,
              questionSetId: sets[j % SETS]!.id,
              due,
              stability: 10,
              difficulty: 5,
              scheduledDays: 10,
              reps: 3,
              state: 2,
              lastReview,
            });
            logs.push({
              id: randomUUID(),
              cardId,
              userId: student.id,
              questionId: questionIds[j]!,
              rating: 3,
              state: 2,
              due: lastReview,
              stability: 8,
              difficulty: 5,
              elapsedDays: 8,
              lastElapsedDays: 8,
              scheduledDays: 10,
              learningSteps: 0,
              reviewedAt: lastReview,
              cardBefore: {},
            });
          }
          await db.card.createMany({ data: cards });
          await db.reviewLog.createMany({ data: logs });
        }
      }
      // A third student half-way through the course (the first half of every set studied, nothing due now): their
      // queue is all new cards, found after 25,000 studied ones.
      const halfway = await db.user.create({ data: { email: "halfway-student@bench.test", name: "halfway" } });
      for (let i = 0; i < CARDS; i += BATCH) {
        const cards = [];
        for (let j = i; j < Math.min(CARDS, i + BATCH); j++) {
          if (Math.floor(j / SETS) >= CARDS / SETS / 2) continue;
          cards.push({
            userId: halfway.id,
            questionId: questionIds[j]!,
            questionSetId: sets[j % SETS]!.id,
            due: new Date(NOW.getTime() + ((j % 30) + 1) * DAY),
            stability: 10,
            difficulty: 5,
            scheduledDays: 10,
            reps: 3,
            state: 2,
            lastReview: NOW,
          });
        }
        if (cards.length) await db.card.createMany({ data: cards });
      }
      return { course, sets, students };
    }

    const reuse = keep ? await db.course.findUnique({ where: { slug: "bench-course" } }) : null;
    let course: { id: string; slug: string };
    let sets: { id: string }[];
    let students: { id: string }[];
    if (reuse) {
      course = reuse;
      sets = await db.questionSet.findMany({ where: { courseId: reuse.id }, orderBy: { title: "asc" } });
      students = await db.user.findMany({
        where: { email: { in: ["bench-student@bench.test", "other-student@bench.test"] } },
        orderBy: { email: "asc" },
      });

    } else {
      ({ course, sets, students } = await seed());
      // PostgreSQL's autovacuum vacuums and analyzes freshly loaded tables (insert-triggered since PostgreSQL 13)
      // within a minute or so; do it now so the benchmark measures the plans and index-only scans a running server
      // has. (SQLite has no such daemon and gets no statistics here either.)
      if (provider === "postgresql") await db.$executeRawUnsafe("VACUUM ANALYZE");
      // SQLite: fold the bulk load's write-ahead log into the database file, as a server that has been running
      // for a while has done (reads through a long WAL are slower).
      if (provider === "sqlite") await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
      console.log(`seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s; measuring in a fresh process (a server's heap, not the loader's)`);
      await db.$disconnect();
      const target = provider === "sqlite" ? url.replace(/^file:/, "") : new URL(url).pathname.slice(1);
      const child = spawnSync(
        process.execPath,
        [...process.execArgv, process.argv[1] as string, ...args.filter((a, i) => a !== "--keep" && args[i - 1] !== "--keep"), "--keep", target],
        { stdio: "inherit", env: process.env },
      );
      if (child.status !== 0) throw new Error("the measuring process failed");
      return;
    }
    const student = students[0]!;
    const dueTotal = await db.card.count({ where: { userId: student.id, due: { lte: NOW } } });
    console.log(
      `${provider}: ${CARDS} questions in ${SETS} sets, ${CARDS * students.length} cards, ${CARDS * students.length} review logs ` +
        `(${dueTotal} of the student's cards due now)\n`,
    );

    // ------------------------------------------------------------------ due queue
    const courseDeck = `course-${course.slug}`;
    const setDeck = `set-${sets[0]!.id}`;
    for (let i = 0; i < 10; i++) await getStudyQueue({ userId: student.id, deckId: courseDeck }, NOW); // warm-up
    const courseSamples: number[] = [];
    const setSamples: number[] = [];
    let lastQueue = await getStudyQueue({ userId: student.id, deckId: courseDeck }, NOW);
    for (let i = 0; i < QUEUE_RUNS; i++) {
      let start = performance.now();
      lastQueue = await getStudyQueue({ userId: student.id, deckId: courseDeck, limit: 50 }, NOW);
      courseSamples.push(performance.now() - start);
      start = performance.now();
      await getStudyQueue({ userId: student.id, deckId: setDeck, limit: 50 }, NOW);
      setSamples.push(performance.now() - start);
    }
    console.log(`queue: ${lastQueue.items.length} items returned, ${lastQueue.dueCount} due in the course deck`);
    report("due queue, whole course (50 items)", courseSamples, 20);
    report("due queue, one set (50 items)", setSamples, 20);

    // Nothing due: the queue is new cards only. The 50,000-card student has studied every question (each set is
    // skipped from two counts); the half-way student has studied the first half of every set.
    const halfway = await db.user.findUniqueOrThrow({ where: { email: "halfway-student@bench.test" } });
    const early = new Date(NOW.getTime() - 60 * DAY);
    const exhaustedSamples: number[] = [];
    const halfwaySamples: number[] = [];
    let halfwayQueue = await getStudyQueue({ userId: halfway.id, deckId: courseDeck }, NOW);
    for (let i = 0; i < QUEUE_RUNS; i++) {
      let start = performance.now();
      await getStudyQueue({ userId: student.id, deckId: courseDeck }, early);
      exhaustedSamples.push(performance.now() - start);
      start = performance.now();
      halfwayQueue = await getStudyQueue({ userId: halfway.id, deckId: courseDeck }, NOW);
      halfwaySamples.push(performance.now() - start);
    }
    console.log(`half-way student: ${halfwayQueue.items.length} new cards offered`);
    report("queue, nothing due, all studied", exhaustedSamples, 20);
    report("queue, nothing due, half studied", halfwaySamples, 20);

    // ------------------------------------------------------------------ pages (not hot paths; for the record)
    const deckSamples: number[] = [];
    const statsSamples: number[] = [];
    for (let i = 0; i < 20; i++) {
      let start = performance.now();
      await listStudyDecks({ userId: student.id }, NOW);
      deckSamples.push(performance.now() - start);
      start = performance.now();
      await getStudyStats({ userId: student.id }, NOW);
      statsSamples.push(performance.now() - start);
    }
    report("deck list page data", deckSamples, 100);
    report("stats page data (1 year of reviews)", statsSamples, 500);

    // ------------------------------------------------------------------ review writes
    const due = await db.card.findMany({
      where: { userId: student.id, due: { lte: NOW } },
      orderBy: { due: "asc" },
      take: SUBMITS + 20,
      select: { questionId: true },
    });
    for (let i = 0; i < 20; i++) {
      await submitReview(student.id, { reviewId: randomUUID(), questionId: due[i]!.questionId, rating: 3 }, NOW); // warm-up
    }
    const submitSamples: number[] = [];
    const replaySamples: number[] = [];
    for (let i = 20; i < due.length; i++) {
      const reviewId = randomUUID();
      const rating = (1 + (i % 4)) as 1 | 2 | 3 | 4;
      let start = performance.now();
      await submitReview(student.id, { reviewId, questionId: due[i]!.questionId, rating, durationMs: 3000 }, NOW);
      submitSamples.push(performance.now() - start);
      if (i % 10 === 0) {
        start = performance.now();
        await submitReview(student.id, { reviewId, questionId: due[i]!.questionId, rating, durationMs: 3000 }, NOW);
        replaySamples.push(performance.now() - start);
      }
    }
    report("submit review (new review)", submitSamples, 5);
    report("submit review (retry, replayed)", replaySamples, 5);

    await db.$disconnect();
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
