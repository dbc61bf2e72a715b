/**
 * Seeds the load benchmark's database (run inside a bench phase process, after migrations, with DATABASE_URL set):
 * - the course in content/ with its generated, published question sets, through the content sync
 *   (server/content/sync-course-content.ts, the same code `npm run db:seed` runs);
 * - one instructor and STUDENTS students;
 * - per student CARDS_PER_STUDENT cards (FSRS Review state; a third due now, the rest due over the next 3 weeks) and
 *   LOGS_PER_CARD review logs per card: 2,000 × 50 × 2 = 200,000 logs;
 * - a class (see seed-class.ts).
 * Bulk rows go in through bulk-insert.ts (driver-level multi-row inserts in transactions of 10,000 rows).
 */
import { randomUUID } from "node:crypto";
import { db } from "@/server/db/client";
import { syncCourseContent } from "@/server/content/sync-course-content";
import type { BulkWriter } from "./bulk-insert";

export const STUDENTS = 2000;
export const CARDS_PER_STUDENT = 50;
export const LOGS_PER_CARD = 2;
const DAY = 86_400_000;

export type SeedUser = { id: string; email: string; name: string };
export type SeedSet = { id: string; title: string; questionIds: string[] };
export type SeedStudy = {
  instructor: SeedUser;
  students: SeedUser[];
  sets: SeedSet[];
  /** Every studyable question id (approved, published), in a fixed order. */
  questionIds: string[];
  counts: Record<string, number>;
  timings: Record<string, number>;
};

/** Ids shaped like cuids (lower-case letters and digits), unique per run. */
export function benchId(prefix: string, n: number): string {
  return `c${prefix}${n.toString(36).padStart(8, "0")}${RUN_TAG}`;
}
const RUN_TAG = Math.random().toString(36).slice(2, 8).padEnd(6, "0");

export async function seedStudy(writer: BulkWriter, now: Date): Promise<SeedStudy> {
  const timings: Record<string, number> = {};
  const counts: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const next = performance.now();
    timings[name] = Math.round(next - t);
    t = next;
  };

  await syncCourseContent({}, now);
  lap("content sync (generator)");
  const sets = await db.questionSet.findMany({
    where: { status: "published", ownerId: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, questions: { where: { status: "approved" }, orderBy: { position: "asc" }, select: { id: true } } },
  });
  if (sets.length === 0) throw new Error("the content sync produced no published question set");
  const seedSets: SeedSet[] = sets.map((s) => ({ id: s.id, title: s.title, questionIds: s.questions.map((q) => q.id) }));
  const questionIds = seedSets.flatMap((s) => s.questionIds);
  const setOf = new Map(seedSets.flatMap((s) => s.questionIds.map((q) => [q, s.id] as const)));
  counts.questions = questionIds.length;
  if (questionIds.length < CARDS_PER_STUDENT) throw new Error(`only ${questionIds.length} questions; need ${CARDS_PER_STUDENT}`);

  const instructor: SeedUser = { id: benchId("i", 0), email: "instructor@bench.test", name: "Bench Instructor" };
  const students: SeedUser[] = Array.from({ length: STUDENTS }, (_, i) => ({
    id: benchId("s", i),
    email: `student${String(i).padStart(4, "0")}@bench.test`,
    name: `Student ${i}`,
  }));
  counts.users = await writer.insert("User", [
    { ...instructor, role: "instructor", createdAt: now, updatedAt: now },
    ...students.map((s) => ({ ...s, role: "student", createdAt: now, updatedAt: now })),
  ]);
  lap("users");

  // Cards: student s studies a window of CARDS_PER_STUDENT consecutive questions starting at a student-specific
  // offset, so every question is studied by many students and every set has studied and new questions.
  function* cards() {
    for (let s = 0; s < STUDENTS; s++) {
      const start = (s * 37) % questionIds.length;
      for (let k = 0; k < CARDS_PER_STUDENT; k++) {
        const questionId = questionIds[(start + k) % questionIds.length]!;
        const n = s * CARDS_PER_STUDENT + k;
        const dueNow = n % 3 === 0;
        const scheduledDays = 3 + (n % 20);
        // Due now: overdue by up to 5 days. Otherwise reviewed (scheduledDays - 1 .. 0) days ago and due later.
        const lastReview = dueNow
          ? new Date(now.getTime() - (scheduledDays + (n % 5) + 0.25) * DAY)
          : new Date(now.getTime() - ((n % scheduledDays) + 0.5) * DAY);
        const due = new Date(lastReview.getTime() + scheduledDays * DAY);
        yield {
          id: benchId("k", n),
          userId: students[s]!.id,
          questionId,
          questionSetId: setOf.get(questionId)!,
          due,
          stability: scheduledDays * 1.1,
          difficulty: 4 + (n % 5),
          elapsedDays: 3,
          scheduledDays,
          learningSteps: 0,
          reps: LOGS_PER_CARD,
          lapses: n % 7 === 0 ? 1 : 0,
          state: 2,
          lastReview,
          createdAt: new Date(lastReview.getTime() - 3 * DAY),
          updatedAt: lastReview,
        };
      }
    }
  }
  const cardRows = [...cards()];
  counts.cards = await writer.insert("Card", cardRows);
  lap("cards");

  function* logs() {
    for (const card of cardRows) {
      for (let r = 0; r < LOGS_PER_CARD; r++) {
        const first = r === 0;
        const reviewedAt = first ? card.createdAt : card.lastReview;
        yield {
          id: randomUUID(),
          cardId: card.id,
          userId: card.userId,
          questionId: card.questionId,
          rating: first ? 3 : card.lapses ? 1 : 3,
          state: first ? 0 : 1,
          due: reviewedAt,
          stability: first ? 0 : 3.2,
          difficulty: first ? 0 : card.difficulty,
          elapsedDays: first ? 0 : 3,
          lastElapsedDays: 0,
          scheduledDays: first ? 3 : card.scheduledDays,
          learningSteps: 0,
          reviewedAt,
          durationMs: 4000 + (card.scheduledDays * 131) % 9000,
          source: "study",
          cardBefore: first
            ? { due: reviewedAt.toISOString(), stability: 0, difficulty: 0, reps: 0, lapses: 0, state: 0 }
            : { due: reviewedAt.toISOString(), stability: 3.2, difficulty: card.difficulty, reps: 1, lapses: 0, state: 1 },
        };
      }
    }
  }
  counts.reviewLogs = await writer.insert("ReviewLog", logs());
  lap("review logs");

  return { instructor, students, sets: seedSets, questionIds, counts, timings };
}
