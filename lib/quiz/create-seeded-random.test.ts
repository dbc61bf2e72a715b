import { describe, expect, it } from "vitest";
import { createSeededRandom, shuffleWith } from "./create-seeded-random";

describe("createSeededRandom", () => {
  it("gives the same sequence for the same seed and another one for another seed", () => {
    const a = createSeededRandom("seed-1");
    const b = createSeededRandom("seed-1");
    const c = createSeededRandom("seed-2");
    const seqA = Array.from({ length: 20 }, a);
    expect(Array.from({ length: 20 }, b)).toEqual(seqA);
    expect(Array.from({ length: 20 }, c)).not.toEqual(seqA);
  });

  it("stays in [0, 1) and spreads evenly over 10 buckets", () => {
    const random = createSeededRandom("spread");
    const buckets = new Array<number>(10).fill(0);
    let min = 1;
    let max = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = random();
      min = Math.min(min, x);
      max = Math.max(max, x);
      buckets[Math.floor(x * 10)]!++;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    // chi-square with 9 degrees of freedom; 27.88 is the 0.999 quantile
    const chi = buckets.reduce((s, n) => s + (n - 10_000) ** 2 / 10_000, 0);
    expect(chi).toBeLessThan(27.88);
  });
});

describe("shuffleWith", () => {
  it("returns a permutation and leaves the input alone", () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffleWith(input, createSeededRandom("x"));
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort((a, b) => a - b)).toEqual(input);
  });

  it("puts every element in every position about equally often", () => {
    const random = createSeededRandom("positions");
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[shuffleWith([0, 1, 2, 3], random).indexOf(0)]!++;
    for (const n of counts) expect(Math.abs(n - 10_000)).toBeLessThan(400);
  });

  it("handles empty and single-element lists", () => {
    expect(shuffleWith([], createSeededRandom("e"))).toEqual([]);
    expect(shuffleWith(["a"], createSeededRandom("e"))).toEqual(["a"]);
  });
});
