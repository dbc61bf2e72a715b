/**
 * Deterministic pseudo-random numbers from a string seed (xmur3 hash → sfc32 generator), so that an attempt's
 * question selection and option order are reproducible from the assignment's seed, the student and the attempt
 * number. Not for secrets.
 */
export type RandomSource = () => number;

/** 32-bit state words from a string (xmur3). */
function hashWords(seed: string, count: number): number[] {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const words: number[] = [];
  for (let i = 0; i < count; i++) {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    words.push(h >>> 0);
  }
  return words;
}

/** A generator of floats in [0, 1) determined entirely by `seed`. */
export function createSeededRandom(seed: string): RandomSource {
  let [a, b, c, d] = hashWords(seed, 4) as [number, number, number, number];
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next(); // mix the initial state
  return next;
}

/** A shuffled copy (Fisher-Yates); the input is not changed. */
export function shuffleWith<T>(items: readonly T[], random: RandomSource): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
