import { describe, expect, it } from "vitest";
import {
  attemptLayoutSchema,
  buildAttemptLayout,
  eligibleQuestions,
  orderedOptions,
  parseAttemptLayout,
  type LayoutPoolQuestion,
  type LayoutRules,
} from "./build-attempt-layout";

const pool: LayoutPoolQuestion[] = [
  { id: "q-mc1", type: "multiple_choice", position: 0, optionCount: 4 },
  { id: "q-tf1", type: "true_false", position: 1, optionCount: 2 },
  { id: "q-ty1", type: "typed", position: 2, optionCount: 0 },
  { id: "q-cl1", type: "cloze", position: 3, optionCount: 0 },
  { id: "q-fc1", type: "flashcard", position: 4, optionCount: 0 },
  { id: "q-mc2", type: "multiple_choice", position: 5, optionCount: 4 },
  { id: "q-mc3", type: "multiple_choice", position: 6, optionCount: 4 },
  { id: "q-tf2", type: "true_false", position: 7, optionCount: 2 },
  { id: "q-ty2", type: "typed", position: 8, optionCount: 0 },
  { id: "q-cl2", type: "cloze", position: 9, optionCount: 0 },
];
const allTypes = ["multiple_choice", "true_false", "typed", "cloze"] as const;
const rules = (over: Partial<LayoutRules> = {}): LayoutRules => ({
  seed: "assignment-seed",
  selection: "same",
  questionCount: 5,
  questionTypes: allTypes,
  shuffleOptions: true,
  ...over,
});
const ids = (layout: { questions: { questionId: string }[] }) => layout.questions.map((q) => q.questionId);
const positionOf = new Map(pool.map((q) => [q.id, q.position]));

describe("eligibleQuestions", () => {
  it("keeps the allowed types in set order (position, then id)", () => {
    const shuffledPool = [...pool].reverse();
    expect(eligibleQuestions(shuffledPool, ["typed", "cloze"]).map((q) => q.id)).toEqual(["q-ty1", "q-cl1", "q-ty2", "q-cl2"]);
    const tie = [
      { id: "b", type: "typed", position: 0, optionCount: 0 },
      { id: "a", type: "typed", position: 0, optionCount: 0 },
    ];
    expect(eligibleQuestions(tie, ["typed"]).map((q) => q.id)).toEqual(["a", "b"]);
  });
});

describe("buildAttemptLayout", () => {
  it("same selection: identical questions for every student and attempt, in set order", () => {
    const a = buildAttemptLayout(pool, rules(), { userId: "alice", attemptNumber: 1 });
    const b = buildAttemptLayout(pool, rules(), { userId: "bob", attemptNumber: 1 });
    const a2 = buildAttemptLayout(pool, rules(), { userId: "alice", attemptNumber: 2 });
    expect(ids(a)).toHaveLength(5);
    expect(ids(b)).toEqual(ids(a));
    expect(ids(a2)).toEqual(ids(a));
    const positions = ids(a).map((id) => positionOf.get(id)!);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    expect(ids(a)).not.toContain("q-fc1");
  });

  it("is reproducible: the exact layout for a fixed seed", () => {
    const layout = buildAttemptLayout(pool, rules({ selection: "random", questionCount: 4 }), { userId: "alice", attemptNumber: 1 });
    expect(layout).toEqual(GOLDEN);
    expect(buildAttemptLayout(pool, rules({ selection: "random", questionCount: 4 }), { userId: "alice", attemptNumber: 1 })).toEqual(layout);
  });

  it("random selection: differs between students and attempts, each reproducible", () => {
    const r = rules({ selection: "random", questionCount: 4 });
    const layouts = ["s1", "s2", "s3", "s4", "s5", "s6"].map((userId) => ids(buildAttemptLayout(pool, r, { userId, attemptNumber: 1 })));
    expect(new Set(layouts.map((l) => l.join())).size).toBeGreaterThan(1);
    const first = ids(buildAttemptLayout(pool, r, { userId: "s1", attemptNumber: 1 }));
    const second = ids(buildAttemptLayout(pool, r, { userId: "s1", attemptNumber: 2 }));
    const again = ids(buildAttemptLayout(pool, r, { userId: "s1", attemptNumber: 2 }));
    expect(second).toEqual(again);
    expect(first.join() === second.join() && layouts.every((l) => l.join() === first.join())).toBe(false);
    for (const l of layouts) {
      expect(new Set(l).size).toBe(4);
      expect(l).not.toContain("q-fc1");
    }
  });

  it("random selection draws every eligible question about equally often", () => {
    const r = rules({ selection: "random", questionCount: 3, questionTypes: ["multiple_choice", "true_false"] });
    const counts = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      for (const id of ids(buildAttemptLayout(pool, r, { userId: `u${i}`, attemptNumber: 1 }))) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(["q-mc1", "q-mc2", "q-mc3", "q-tf1", "q-tf2"]);
    for (const n of counts.values()) expect(Math.abs(n - 3000)).toBeLessThan(200); // 5000 × 3/5
  });

  it("filters by the allowed types and draws at most what there is", () => {
    const layout = buildAttemptLayout(pool, rules({ questionTypes: ["typed", "cloze"], questionCount: 50 }), { userId: "a", attemptNumber: 1 });
    expect(ids(layout)).toEqual(["q-ty1", "q-cl1", "q-ty2", "q-cl2"]);
    expect(buildAttemptLayout(pool, rules({ questionTypes: [] }), { userId: "a", attemptNumber: 1 }).questions).toEqual([]);
  });

  it("shuffles multiple-choice options per student only; true/false and text answers keep their order", () => {
    const r = rules({ questionCount: 10 });
    const orders = new Set<string>();
    for (const userId of ["a", "b", "c", "d", "e", "f", "g", "h"]) {
      const layout = buildAttemptLayout(pool, r, { userId, attemptNumber: 1 });
      for (const q of layout.questions) {
        if (q.questionId.startsWith("q-mc")) {
          expect([...q.optionOrder].sort()).toEqual([0, 1, 2, 3]);
          if (q.questionId === "q-mc1") orders.add(q.optionOrder.join());
        } else if (q.questionId.startsWith("q-tf")) {
          expect(q.optionOrder).toEqual([0, 1]);
        } else {
          expect(q.optionOrder).toEqual([]);
        }
      }
    }
    expect(orders.size).toBeGreaterThan(1);
    const unshuffled = buildAttemptLayout(pool, rules({ questionCount: 10, shuffleOptions: false }), { userId: "a", attemptNumber: 1 });
    for (const q of unshuffled.questions) if (q.questionId.startsWith("q-mc")) expect(q.optionOrder).toEqual([0, 1, 2, 3]);
  });

  it("produces JSON that parses back", () => {
    const layout = buildAttemptLayout(pool, rules(), { userId: "a", attemptNumber: 1 });
    expect(parseAttemptLayout(JSON.parse(JSON.stringify(layout)))).toEqual(layout);
    expect(attemptLayoutSchema.safeParse({ version: 2, questions: [] }).success).toBe(false);
  });
});

describe("orderedOptions", () => {
  it("maps the order onto the texts, skips stale indices and appends options added later", () => {
    expect(orderedOptions(["a", "b", "c", "d"], [2, 0, 3, 1])).toEqual(["c", "a", "d", "b"]);
    expect(orderedOptions(["a", "b"], [1, 5, 0])).toEqual(["b", "a"]);
    expect(orderedOptions(["a", "b", "c"], [1, 0])).toEqual(["b", "a", "c"]);
    expect(orderedOptions([], [])).toEqual([]);
  });
});

const GOLDEN = {
  version: 1,
  questions: [
    { questionId: "q-mc2", optionOrder: [2, 0, 3, 1] },
    { questionId: "q-cl1", optionOrder: [] },
    { questionId: "q-mc3", optionOrder: [0, 3, 2, 1] },
    { questionId: "q-tf1", optionOrder: [0, 1] },
  ],
};
