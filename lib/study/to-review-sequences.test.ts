import { describe, expect, it } from "vitest";
import { toReviewSequences, toTrainingPrefixes } from "./to-review-sequences";

describe("toReviewSequences", () => {
  it("groups by card in time order, delta in local calendar days, first 0, undone dropped", () => {
    const r = (cardId: string, iso: string, rating: number, undone = false) => ({
      cardId,
      rating,
      reviewedAt: new Date(iso),
      undoneAt: undone ? new Date(iso) : null,
    });
    const sequences = toReviewSequences(
      [
        r("b", "2026-03-03T09:00:00Z", 3),
        r("a", "2026-03-02T09:10:00Z", 3),
        r("a", "2026-03-02T09:00:00Z", 1),
        r("a", "2026-03-02T23:30:00Z", 3), // next local day in UTC+1
        r("a", "2026-03-06T09:00:00Z", 1, true),
        r("a", "2026-03-07T09:00:00Z", 4),
      ],
      60,
    );
    expect(sequences).toEqual([
      [
        { rating: 1, deltaDays: 0 },
        { rating: 3, deltaDays: 0 },
        { rating: 3, deltaDays: 1 },
        { rating: 4, deltaDays: 4 },
      ],
      [{ rating: 3, deltaDays: 0 }],
    ]);
  });
});

describe("toTrainingPrefixes", () => {
  it("makes one item per long-term review holding the whole history before it", () => {
    const seq = [
      { rating: 1, deltaDays: 0 },
      { rating: 3, deltaDays: 0 },
      { rating: 3, deltaDays: 1 },
      { rating: 1, deltaDays: 3 },
      { rating: 3, deltaDays: 0 },
      { rating: 3, deltaDays: 2 },
    ];
    const prefixes = toTrainingPrefixes(seq);
    expect(prefixes.map((p) => p.length)).toEqual([3, 4, 6]);
    for (const p of prefixes) expect(p[0]?.deltaDays).toBe(0);
    expect(toTrainingPrefixes([{ rating: 3, deltaDays: 0 }])).toEqual([]);
  });
});
