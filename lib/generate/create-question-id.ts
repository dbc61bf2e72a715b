/**
 * Deterministic question id: a 128-bit hash (four differently seeded 32-bit FNV-1a lanes, murmur3-finalised) of the parts, rendered
 * as `q_` + 32 hex digits. Pure JS so it runs anywhere; same parts, same id.
 */
function lane(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // murmur3 finaliser for avalanche
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function finish(h: number): string {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Four lanes in one pass over the text. */
export function hashText(text: string): string {
  let a = (0x811c9dc5 ^ 0x9e3779b9) >>> 0;
  let b = (0x811c9dc5 ^ 0x7f4a7c15) >>> 0;
  let c = (0x811c9dc5 ^ 0x85ebca6b) >>> 0;
  let d = (0x811c9dc5 ^ 0xc2b2ae35) >>> 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x01000193);
    c = Math.imul(c ^ ch, 0x01000193);
    d = Math.imul(d ^ ch, 0x01000193);
  }
  return finish(a) + finish(b) + finish(c) + finish(d);
}

export function createQuestionId(parts: readonly string[]): string {
  return `q_${hashText(parts.map((p) => `${p.length}:${p}`).join("|"))}`;
}

/** A number in [0, 1) derived from the text, for deterministic choices. */
export function hashUnit(text: string): number {
  return lane(text, 0x2545f491) / 0x100000000;
}
