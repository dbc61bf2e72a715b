/** Replaces every whole-word occurrence of `word` in `text` (no letter or digit right before or after it). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(ch);
}

export function replaceWholeWord(text: string, word: string, replacement: string): string {
  if (!word) return text;
  let out = "";
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at === -1) break;
    const end = at + word.length;
    if (!isWordChar(text[at - 1]) && !isWordChar(text[end])) {
      out += text.slice(from, at) + replacement;
    } else {
      out += text.slice(from, end);
    }
    from = end;
  }
  return out + text.slice(from);
}
