/** Whether `word` occurs in `text` as a whole word, ignoring case (no letter or digit right before or after it). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(ch);
}

export function containsWord(text: string, word: string): boolean {
  const w = word.trim().toLowerCase();
  if (!w) return false;
  const t = text.toLowerCase();
  let from = 0;
  for (;;) {
    const at = t.indexOf(w, from);
    if (at === -1) return false;
    if (!isWordChar(t[at - 1]) && !isWordChar(t[at + w.length])) return true;
    from = at + 1;
  }
}
