import { describe, expect, it } from "vitest";
import { buildStudyQueue, countNewIntroducedToday } from "./build-study-queue";

const now = new Date("2026-03-02T12:00:00.000Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("buildStudyQueue", () => {
  const dueCandidates = [
    { cardId: "c-review-1h", questionId: "q1", due: ago(60), state: 2 },
    { cardId: "c-learning-2d", questionId: "q2", due: ago(2 * 1440), state: 1 },
    { cardId: "c-future", questionId: "q3", due: ago(-5), state: 2 },
    { cardId: "c-relearn-now", questionId: "q4", due: now, state: 3 },
    { cardId: "c-new-row", questionId: "q5", due: ago(100), state: 0 },
  ];
  const newCandidates = [
    { questionId: "q5", cardId: "c-new-row" },
    { questionId: "q6", cardId: null },
    { questionId: "q7", cardId: null },
    { questionId: "q1", cardId: null }, // already in the due list: never twice
    { questionId: "q8", cardId: null },
  ];

  it("puts due cards first, most overdue first, then new cards in deck order", () => {
    const queue = buildStudyQueue({ now, dueCandidates, newCandidates, newCardsPerDay: 20, newIntroducedToday: 0 });
    expect(queue.entries.map((e) => e.questionId)).toEqual(["q2", "q1", "q4", "q5", "q6", "q7", "q8"]);
    expect(queue.entries.map((e) => e.kind)).toEqual(["due", "due", "due", "new", "new", "new", "new"]);
    expect(queue.dueCount).toBe(3);
    expect(queue.newCount).toBe(4);
  });

  it("limits new cards to the daily limit minus those introduced today", () => {
    const queue = buildStudyQueue({ now, dueCandidates, newCandidates, newCardsPerDay: 3, newIntroducedToday: 1 });
    expect(queue.entries.filter((e) => e.kind === "new").map((e) => e.questionId)).toEqual(["q5", "q6"]);
    expect(queue.newAllowed).toBe(2);
    const none = buildStudyQueue({ now, dueCandidates, newCandidates, newCardsPerDay: 3, newIntroducedToday: 5 });
    expect(none.newCount).toBe(0);
    expect(none.newAllowed).toBe(0);
    expect(none.dueCount).toBe(3);
  });

  it("caps the entries returned without changing the counts", () => {
    const queue = buildStudyQueue({ now, dueCandidates, newCandidates, newCardsPerDay: 20, newIntroducedToday: 0, maxEntries: 2 });
    expect(queue.entries.map((e) => e.questionId)).toEqual(["q2", "q1"]);
    expect(queue.dueCount).toBe(3);
  });
});

describe("countNewIntroducedToday", () => {
  // UTC-05:00: the local day of `now` (07:00 local) started at 05:00 UTC.
  const offset = -300;
  it("counts first reviews of new cards on the student's local day, ignoring undone ones", () => {
    const logs = [
      { state: 0, reviewedAt: new Date("2026-03-02T05:30:00Z"), undoneAt: null }, // today local
      { state: 0, reviewedAt: new Date("2026-03-02T04:59:00Z"), undoneAt: null }, // yesterday local
      { state: 1, reviewedAt: new Date("2026-03-02T06:00:00Z"), undoneAt: null }, // learning step, not an introduction
      { state: 0, reviewedAt: new Date("2026-03-02T06:10:00Z"), undoneAt: new Date("2026-03-02T06:11:00Z") },
      { state: 0, reviewedAt: new Date("2026-03-02T11:59:00Z"), undoneAt: null },
    ];
    expect(countNewIntroducedToday(logs, now, offset)).toBe(2);
    expect(countNewIntroducedToday(logs, now, 0)).toBe(3); // in UTC all of them are "today"
  });
});
