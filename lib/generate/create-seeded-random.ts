/** Deterministic PRNG (mulberry32) seeded from a string, for reproducible shuffles and picks. */
import { hashUnit } from "./create-question-id";

export function createSeededRandom(seed: string): () => number {
  let a = Math.floor(hashUnit(seed) * 0x100000000) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleSeeded<T>(items: readonly T[], seed: string): T[] {
  const out = items.slice();
  const rnd = createSeededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const tmp = out[i]!;
    out[i] = out[j]!;
    out[j] = tmp;
  }
  return out;
}
