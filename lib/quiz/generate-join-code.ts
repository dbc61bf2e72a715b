/**
 * Class join codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), 29^6 ≈ 595 million
 * codes, shown as "ABC-DEF". Students may type them in any case, with or without the dash or spaces.
 */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

/** `randomInt(n)` returns an integer in [0, n) (crypto.randomInt on the server). */
export function generateJoinCode(randomInt: (max: number) => number): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What the student typed → the stored form, or null when it cannot be a join code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]+/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}

export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
}
