/**
 * What the load benchmark sends: one scenario per measured route, each spreading its requests over many users
 * (a global round-robin: consecutive requests belong to different users, and the same card or answer slot comes
 * back only after thousands of other requests, so no two requests in flight ever touch the same row).
 * Write scenarios keep a ledger of what was sent and what the server acknowledged (2xx) for the lost/duplicated
 * check after the run.
 */
import { randomUUID } from "node:crypto";
import type { RequestSpec, Scenario } from "./load";
import type { SeedSet, SeedUser } from "./seed";
import type { OpenAttempt } from "./seed-class";

export type Ledger = {
  sent: number;
  acked: number;
  /** Acknowledged ids (review ids, or answer slot keys). */
  ackedIds: Set<string>;
  sentIds: Set<string>;
  /** First few non-2xx answers, for the report. */
  failures: Map<string, number>;
};

export function newLedger(): Ledger {
  return { sent: 0, acked: 0, ackedIds: new Set(), sentIds: new Set(), failures: new Map() };
}

function noteFailure(ledger: Ledger, status: number, body: string) {
  let code = "";
  try {
    code = (JSON.parse(body) as { error?: { code?: string } }).error?.code ?? "";
  } catch {
    // not JSON
  }
  const key = `${status}${code ? ` ${code}` : ""}`;
  ledger.failures.set(key, (ledger.failures.get(key) ?? 0) + 1);
}

export type StudyFixture = {
  students: SeedUser[];
  sets: SeedSet[];
  questionIds: string[];
  cardsPerStudent: number;
  cookies: Map<string, string>;
};

export function noopScenario(): Scenario {
  return { key: "noop", label: "no-op (GET /api/health)", next: () => ({ method: "GET", path: "/api/health" }) };
}

/**
 * POST /api/reviews. Student i % N rates one of the questions of their card window (mostly existing cards) or one
 * of the next 10 questions (new cards, created by the first review). A fresh review id per request.
 */
export function submitReviewScenario(fixture: StudyFixture, ledger: Ledger): Scenario {
  const { students, questionIds, cardsPerStudent, cookies } = fixture;
  const span = cardsPerStudent + 10;
  let i = 0;
  return {
    key: "review",
    label: "submit review (POST /api/reviews)",
    next(): RequestSpec {
      const n = i++;
      const s = n % students.length;
      const k = Math.floor(n / students.length) % span;
      const student = students[s]!;
      const start = (s * 37) % questionIds.length;
      const questionId = questionIds[(start + k) % questionIds.length]!;
      const reviewId = randomUUID();
      const rating = n % 10 === 0 ? 1 : n % 7 === 0 ? 4 : 3;
      ledger.sent++;
      ledger.sentIds.add(reviewId);
      return {
        method: "POST",
        path: "/api/reviews",
        headers: { cookie: cookies.get(student.id)! },
        body: JSON.stringify({ reviewId, questionId, rating, durationMs: 3000 + (n % 5000) }),
        done(status, body) {
          if (status >= 200 && status < 300) {
            ledger.acked++;
            ledger.ackedIds.add(reviewId);
          } else noteFailure(ledger, status, body);
        },
      };
    },
  };
}

/** GET /study/set/<id>: the study page (server-rendered due queue) for student i % N, sets in turn. */
export function studyPageScenario(fixture: StudyFixture, ledger: Ledger): Scenario {
  const { students, sets, cookies } = fixture;
  let i = 0;
  return {
    key: "study-page",
    label: "study page (GET /study/set/[id])",
    next(): RequestSpec {
      const n = i++;
      const student = students[n % students.length]!;
      const set = sets[Math.floor(n / students.length) % sets.length]!;
      ledger.sent++;
      return {
        method: "GET",
        path: `/study/set/${set.id}`,
        headers: { cookie: cookies.get(student.id)!, accept: "text/html", "accept-encoding": "gzip" },
        done(status, body) {
          if (status >= 200 && status < 300) ledger.acked++;
          else noteFailure(ledger, status, body);
        },
      };
    },
  };
}

export type QuizFixture = {
  /** Open attempts this scenario may use (its partition: the two-instance run uses attempts the first did not). */
  attempts: OpenAttempt[];
  cookies: Map<string, string>;
};

/** Per answer slot (attempt, question): the requests sent, by global index, with their values. */
export type AnswerLedger = Ledger & { slots: Map<string, { sent: Map<number, string>; lastAckedIndex: number }> };

export function newAnswerLedger(): AnswerLedger {
  return { ...newLedger(), slots: new Map() };
}

export const slotKey = (attemptId: string, questionId: string) => `${attemptId}:${questionId}`;

/**
 * PUT /api/attempts/<id>/answers: request n saves question ⌊n / P⌋ mod 10 of open attempt n mod P (P = pool size), as
 * the quiz page's autosave does; every value is unique (an option or the expected answer plus a counter) so the
 * write check can tell which save the database holds.
 */
export function saveAnswerScenario(fixture: QuizFixture, ledger: AnswerLedger): Scenario {
  const { attempts, cookies } = fixture;
  let i = 0;
  return {
    key: "answer",
    label: "save quiz answer (PUT /api/attempts/[id]/answers)",
    next(): RequestSpec {
      const n = i++;
      const attempt = attempts[n % attempts.length]!;
      const round = Math.floor(n / attempts.length);
      const question = attempt.questions[round % attempt.questions.length]!;
      const response = `${question.answers[round % question.answers.length]} (${n})`;
      const key = slotKey(attempt.id, question.id);
      let slot = ledger.slots.get(key);
      if (!slot) ledger.slots.set(key, (slot = { sent: new Map(), lastAckedIndex: -1 }));
      slot.sent.set(n, response);
      ledger.sent++;
      return {
        method: "PUT",
        path: `/api/attempts/${attempt.id}/answers`,
        headers: { cookie: cookies.get(attempt.userId)! },
        body: JSON.stringify({ questionId: question.id, response }),
        done(status, body) {
          if (status >= 200 && status < 300) {
            ledger.acked++;
            ledger.ackedIds.add(key);
            slot.lastAckedIndex = Math.max(slot.lastAckedIndex, n);
          } else noteFailure(ledger, status, body);
        },
      };
    },
  };
}

/** POST /api/attempts/<id>/submit: each request submits the next open attempt of the pool; stops when none is left. */
export function submitAttemptScenario(fixture: QuizFixture, ledger: Ledger): Scenario {
  const { attempts, cookies } = fixture;
  let i = 0;
  return {
    key: "submit",
    label: "submit quiz attempt (POST /api/attempts/[id]/submit)",
    exhausted: () => i >= attempts.length,
    next(): RequestSpec {
      const attempt = attempts[i++]!;
      ledger.sent++;
      ledger.sentIds.add(attempt.id);
      return {
        method: "POST",
        path: `/api/attempts/${attempt.id}/submit`,
        headers: { cookie: cookies.get(attempt.userId)! },
        done(status, body) {
          if (status >= 200 && status < 300) {
            ledger.acked++;
            ledger.ackedIds.add(attempt.id);
          } else noteFailure(ledger, status, body);
        },
      };
    },
  };
}

/** GET the class gradebook page (500 students × 20 assignments) as its instructor. */
export function gradebookScenario(classId: string, instructorCookie: string, ledger: Ledger): Scenario {
  return {
    key: "gradebook",
    label: "gradebook page (GET /instructor/classes/[id]/gradebook)",
    next(): RequestSpec {
      ledger.sent++;
      return {
        method: "GET",
        path: `/instructor/classes/${classId}/gradebook`,
        headers: { cookie: instructorCookie, accept: "text/html", "accept-encoding": "gzip" },
        done(status, body) {
          if (status >= 200 && status < 300) ledger.acked++;
          else noteFailure(ledger, status, body);
        },
      };
    },
  };
}
