/**
 * The simulated students of the load-and-crash test and the ledger of what the server acknowledged.
 *
 * Each student is one sequential loop (one request in flight at a time, like the quiz page's autosave): pick a
 * question of their attempt, save a fresh answer, wait a think time, repeat until the run ends. A save that fails
 * without an answer (connection refused or reset while the server is down, timeout) is retried with the same value
 * after a backoff, as the quiz page does. Every request is bounded (timeout) and every loop ends at `endAt`.
 */

export type SaveOutcome =
  /** HTTP 200: the server says the answer is stored. */
  | { kind: "ack" }
  /** A clear refusal (4xx): e.g. the attempt's time is up. Not retried. */
  | { kind: "refused"; status: number; code?: string }
  /** No answer, or a 5xx: unknown whether it was stored. Retried. */
  | { kind: "unknown"; reason: string };

export type Student = {
  id: string;
  cookie: string;
  attemptId: string;
  questionIds: string[];
};

type Write = { value: string; sentAt: number };

/** Per (attempt, question): what was acknowledged last, and writes with unknown outcome. */
export type Slot = {
  lastAck: (Write & { ackedAt: number }) | null;
  /** Writes whose outcome is unknown, with the time they were sent. */
  unknown: Write[];
};

export class Ledger {
  readonly slots = new Map<string, Slot>();
  requests = 0;
  acknowledged = 0;
  refused = 0;
  unknown = 0;
  retries = 0;
  readonly refusedByCode = new Map<string, number>();
  readonly latenciesMs: number[] = [];

  static key(attemptId: string, questionId: string): string {
    return `${attemptId}\u0000${questionId}`;
  }

  slot(attemptId: string, questionId: string): Slot {
    const key = Ledger.key(attemptId, questionId);
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { lastAck: null, unknown: [] };
      this.slots.set(key, slot);
    }
    return slot;
  }
}

export type DriverOptions = {
  endAt: number;
  thinkMs: [number, number];
  requestTimeoutMs: number;
  save: (student: Student, questionId: string, value: string, signal: AbortSignal) => Promise<SaveOutcome>;
  /** Stops a student for good (e.g. their attempt is over). */
  isFinal?: (outcome: SaveOutcome) => boolean;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = ([low, high]: [number, number]) => low + Math.random() * (high - low);

/** Runs one student until `endAt`. */
export async function runStudent(student: Student, ledger: Ledger, options: DriverOptions): Promise<void> {
  let sequence = 0;
  // Spread the first requests over the first think time instead of 500 at once.
  await sleep(between([0, options.thinkMs[1]]));
  while (Date.now() < options.endAt) {
    const questionId = student.questionIds[Math.floor(Math.random() * student.questionIds.length)]!;
    sequence += 1;
    const value = `${student.id.slice(-6)}-${sequence}-${Math.random().toString(36).slice(2, 8)}`;
    const slot = ledger.slot(student.attemptId, questionId);
    let backoff = 250;
    let stop = false;
    // Bounded retries of the same write until it is acknowledged or refused, or the run ends.
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const sentAt = Date.now();
      ledger.requests += 1;
      if (attempt > 0) ledger.retries += 1;
      let outcome: SaveOutcome;
      try {
        outcome = await options.save(student, questionId, value, AbortSignal.timeout(options.requestTimeoutMs));
      } catch (error) {
        outcome = { kind: "unknown", reason: error instanceof Error ? error.name : String(error) };
      }
      if (outcome.kind === "ack") {
        ledger.acknowledged += 1;
        ledger.latenciesMs.push(Date.now() - sentAt);
        slot.lastAck = { value, sentAt, ackedAt: Date.now() };
        break;
      }
      if (outcome.kind === "refused") {
        ledger.refused += 1;
        const code = `${outcome.status} ${outcome.code ?? ""}`.trim();
        ledger.refusedByCode.set(code, (ledger.refusedByCode.get(code) ?? 0) + 1);
        stop = options.isFinal?.(outcome) ?? false;
        break;
      }
      ledger.unknown += 1;
      slot.unknown.push({ value, sentAt });
      if (Date.now() + backoff >= options.endAt) break;
      await sleep(backoff);
      backoff = Math.min(backoff * 2, 2000);
    }
    if (stop) return;
    await sleep(between(options.thinkMs));
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Classifies one stored answer against the ledger:
 * - `stored`: the database holds the last acknowledged value;
 * - `superseded`: it holds a value sent after the last acknowledgement whose own answer was lost with the server
 *   (the server stored it but died before replying) — the newer write won, nothing acknowledged was lost;
 * - `lost`: missing, or an older / unknown value.
 */
export function classify(slot: Slot, stored: string | undefined): "stored" | "superseded" | "lost" | "none" {
  if (!slot.lastAck) return "none";
  if (stored === slot.lastAck.value) return "stored";
  if (stored !== undefined && slot.unknown.some((write) => write.value === stored && write.sentAt >= slot.lastAck!.sentAt)) {
    return "superseded";
  }
  return "lost";
}
