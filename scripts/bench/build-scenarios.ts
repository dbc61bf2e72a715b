/**
 * The scenarios of a bench phase, built from the seeded data (session cookies minted for every user), and the write
 * check run after the load. Open quiz attempts are split into `partitions` disjoint pools, one per instance
 * configuration (1 server, then 2 servers), so each configuration saves answers to and submits attempts that are
 * still in progress.
 */
import { db } from "@/server/db/client";
import type { Scenario } from "./load";
import type { WriteCheck } from "./phase";
import {
  gradebookScenario,
  newAnswerLedger,
  newLedger,
  noopScenario,
  saveAnswerScenario,
  slotKey,
  studyPageScenario,
  submitAttemptScenario,
  submitReviewScenario,
  type Ledger,
} from "./scenarios";
import { CARDS_PER_STUDENT } from "./seed";
import type { Seeded } from "./seed-all";
import { mintSessionCookies } from "./session-cookie";

const CHUNK = 500;

async function countReps(): Promise<number> {
  const sum = await db.card.aggregate({ _sum: { reps: true } });
  return sum._sum.reps ?? 0;
}

const unanswered = (ledger: Ledger) => ledger.sent - ledger.acked - [...ledger.failures.values()].reduce((a, b) => a + b, 0);

export async function buildScenarios(seeded: Seeded, authSecret: string, partitions: number) {
  const cookies = await mintSessionCookies([seeded.instructor, ...seeded.students], authSecret);
  const study = { students: seeded.students, sets: seeded.sets, questionIds: seeded.questionIds, cardsPerStudent: CARDS_PER_STUDENT, cookies };
  const reviews = newLedger();
  const pages = newLedger();
  const gradebooks = newLedger();
  const answers = newAnswerLedger();
  const submits = newLedger();
  const noop = noopScenario();
  const review = submitReviewScenario(study, reviews);
  const studyPage = studyPageScenario(study, pages);
  const gradebook = gradebookScenario(seeded.class.classId, cookies.get(seeded.instructor.id)!, gradebooks);
  const labels: Record<string, string> = {};

  const reviewLogsBefore = await db.reviewLog.count();
  const studyLogsBefore = await db.reviewLog.count({ where: { source: "study" } });
  const repsBefore = await countReps();
  const answerRowsBefore = await db.attemptAnswer.count();
  const seededSlots = new Set(
    (await db.attemptAnswer.findMany({ where: { attempt: { submittedAt: null } }, select: { attemptId: true, questionId: true } })).map((a) =>
      slotKey(a.attemptId, a.questionId),
    ),
  );

  function scenariosFor(partition: number): Scenario[] {
    // Attempts of assignment a belong to partition a mod partitions; within a pool, students alternate.
    const pool = seeded.class.openAttempts
      .filter((a) => a.assignmentIndex % partitions === partition)
      .sort((x, y) => x.assignmentIndex - y.assignmentIndex || (x.userId < y.userId ? -1 : 1));
    const interleaved = interleaveByStudent(pool);
    const quiz = { attempts: interleaved, cookies };
    const scenarios = [noop, review, saveAnswerScenario(quiz, answers), submitAttemptScenario(quiz, submits), studyPage, gradebook];
    for (const s of scenarios) labels[s.key] = s.label;
    return scenarios;
  }

  async function verifyReviews(): Promise<WriteCheck> {
    const acked = [...reviews.ackedIds];
    let found = 0;
    for (let i = 0; i < acked.length; i += CHUNK) found += await db.reviewLog.count({ where: { id: { in: acked.slice(i, i + CHUNK) } } });
    const rowsAdded = (await db.reviewLog.count({ where: { source: "study" } })) - studyLogsBefore;
    const allRowsAdded = (await db.reviewLog.count()) - reviewLogsBefore;
    const repsAdded = (await countReps()) - repsBefore;
    const lost = acked.length - found;
    // Rows beyond the acknowledged ones must be requests that were sent but never answered (in flight at the end
    // of a run, or timed out); anything else is a write that happened twice or out of nowhere. Every stored review
    // log (study, and the quiz submissions' "missed question" logs) advanced its card's reps by exactly one.
    const open = unanswered(reviews);
    const extra = rowsAdded - found;
    const duplicated = Math.max(0, extra - open) + Math.abs(repsAdded - allRowsAdded);
    return {
      scenario: "review",
      sent: reviews.sent,
      acked: reviews.acked,
      stored: rowsAdded,
      lost,
      duplicated,
      storedUnacked: Math.max(0, extra),
      detail:
        `${reviews.sent} sent, ${reviews.acked} acknowledged, ${found} of those found; ${rowsAdded} study ReviewLog rows added, ` +
        `${Math.max(0, extra)} of them unacknowledged (of ${open} never answered); Σ Card.reps +${repsAdded} ` +
        `(must equal all ReviewLog rows added, quiz ones included: ${allRowsAdded}) → lost ${lost}, duplicated ${duplicated}`,
      failures: Object.fromEntries(reviews.failures),
    };
  }

  async function verifyAnswers(): Promise<WriteCheck> {
    const ackedSlots = [...answers.slots.entries()].filter(([, slot]) => slot.lastAckedIndex >= 0);
    const attemptIds = [...new Set(ackedSlots.map(([key]) => key.split(":")[0]!))];
    const stored = new Map<string, string>();
    for (let i = 0; i < attemptIds.length; i += CHUNK) {
      const rows = await db.attemptAnswer.findMany({
        where: { attemptId: { in: attemptIds.slice(i, i + CHUNK) } },
        select: { attemptId: true, questionId: true, response: true },
      });
      for (const row of rows) stored.set(slotKey(row.attemptId, row.questionId), row.response);
    }
    let lost = 0;
    for (const [key, slot] of ackedSlots) {
      // The stored value must be the last acknowledged save of the slot or one sent after it (answered or not).
      const value = stored.get(key);
      const ok = [...slot.sent.entries()].some(([n, v]) => n >= slot.lastAckedIndex && v === value);
      if (!ok) lost++;
    }
    const rowsAdded = (await db.attemptAnswer.count()) - answerRowsBefore;
    const newSlotsAcked = ackedSlots.filter(([key]) => !seededSlots.has(key)).length;
    const newSlotsSent = [...answers.slots.keys()].filter((key) => !seededSlots.has(key)).length;
    // One row per (attempt, question): rows added must lie between the new slots acknowledged and those sent.
    const duplicated = Math.max(0, rowsAdded - newSlotsSent);
    const missing = Math.max(0, newSlotsAcked - rowsAdded);
    return {
      scenario: "answer",
      sent: answers.sent,
      acked: answers.acked,
      stored: rowsAdded,
      lost: lost + missing,
      duplicated,
      storedUnacked: Math.max(0, rowsAdded - newSlotsAcked),
      detail:
        `${answers.sent} saves sent, ${answers.acked} acknowledged, over ${ackedSlots.length} answer slots: ${lost} slots hold ` +
        `an older value than acknowledged; ${rowsAdded} AttemptAnswer rows added for ${newSlotsAcked}–${newSlotsSent} new slots ` +
        `(acknowledged–sent) → lost ${lost + missing}, duplicated ${duplicated}`,
      failures: Object.fromEntries(answers.failures),
    };
  }

  async function verifySubmits(): Promise<WriteCheck> {
    const sent = [...submits.sentIds];
    let submitted = 0;
    let ackedStored = 0;
    for (let i = 0; i < sent.length; i += CHUNK) {
      const rows = await db.attempt.findMany({
        where: { id: { in: sent.slice(i, i + CHUNK) }, submittedAt: { not: null }, score: { not: null } },
        select: { id: true },
      });
      submitted += rows.length;
      ackedStored += rows.filter((r) => submits.ackedIds.has(r.id)).length;
    }
    const lost = submits.acked - ackedStored;
    return {
      scenario: "submit",
      sent: submits.sent,
      acked: submits.acked,
      stored: submitted,
      lost,
      duplicated: 0,
      storedUnacked: submitted - ackedStored,
      detail:
        `${submits.sent} attempts submitted, ${submits.acked} acknowledged, ${ackedStored} of those graded in the database; ` +
        `${submitted - ackedStored} graded without an answer (of ${unanswered(submits)} never answered) → lost ${lost} ` +
        `(each attempt was sent once: a second grading is impossible by construction)`,
      failures: Object.fromEntries(submits.failures),
    };
  }

  return {
    scenariosFor,
    labels,
    async verify(): Promise<WriteCheck[]> {
      return [await verifyReviews(), await verifyAnswers(), await verifySubmits()];
    },
    /** Pages whose served HTML and scripts are measured once: [scenario key, path, cookie]. */
    pageChecks(): [string, string, string][] {
      const student = seeded.students[0]!;
      return [
        ["study-page", `/study/set/${seeded.sets[0]!.id}`, cookies.get(student.id)!],
        ["gradebook", `/instructor/classes/${seeded.class.classId}/gradebook`, cookies.get(seeded.instructor.id)!],
      ];
    },
    readFailures(): Record<string, Record<string, number>> {
      return { "study-page": Object.fromEntries(pages.failures), gradebook: Object.fromEntries(gradebooks.failures) };
    },
  };
}

/** Reorders attempts so that consecutive ones belong to different students (round-robin over students). */
function interleaveByStudent<T extends { userId: string }>(attempts: T[]): T[] {
  const byStudent = new Map<string, T[]>();
  for (const a of attempts) byStudent.set(a.userId, [...(byStudent.get(a.userId) ?? []), a]);
  const queues = [...byStudent.values()];
  const out: T[] = [];
  for (let round = 0; out.length < attempts.length; round++) for (const q of queues) if (q[round]) out.push(q[round]!);
  return out;
}
