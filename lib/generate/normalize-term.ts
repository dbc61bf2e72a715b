const ASCII = /^[\x00-\x7f]*$/;

/**
 * Comparison key for terms and answers: Unicode NFKC, case-folded, quotes/dashes unified, dots inside acronyms
 * dropped (U.S. = US), possessive 's and leading articles removed, whitespace collapsed.
 */
export function normalizeTerm(input: string): string {
  const text = input.replace(/[‘’]/g, "'");
  if (ASCII.test(text)) {
    return text
      .toLowerCase()
      .replace(/\b(?:[a-z]\.){2,}/g, (m) => m.replace(/\./g, ""))
      .replace(/'s\b/g, "")
      .replace(/["'()[\]{}`]/g, " ")
      .replace(/^[\s,.;:!?-]+|[\s,.;:!?-]+$/g, "")
      .replace(/^(?:the|a|an)\s+/, "")
      .replace(/\s+/g, " ")
      .trim();
  }
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[‐‑‒–—−]/g, "-")
    .replace(/\b(?:[a-z]\.){2,}/g, (m) => m.replace(/\./g, ""))
    .replace(/'s\b/g, "")
    .replace(/["'()[\]{}]/g, " ")
    .replace(/^[\s,.;:!?-]+|[\s,.;:!?-]+$/g, "")
    .replace(/^(?:the|a|an)\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Text for word-boundary containment tests: normalised, every non-letter/digit run turned into one space, padded. */
export function toSearchText(text: string): string {
  const n = normalizeTermBody(text);
  return ` ${n} `;
}

function normalizeTermBody(input: string): string {
  const text = input.replace(/[‘’]/g, "'");
  if (ASCII.test(text)) {
    return text
      .toLowerCase()
      .replace(/\b(?:[a-z]\.){2,}/g, (m) => m.replace(/\./g, ""))
      .replace(/'s\b/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  }
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\b(?:[a-z]\.){2,}/g, (m) => m.replace(/\./g, ""))
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A phrase made ready for containsNormalized: normalised like toSearchText, leading article dropped. */
export function normalizeSearchPhrase(phrase: string): string {
  return normalizeTermBody(phrase).replace(/^(?:the|a|an) /, "");
}

/** Whether a phrase made by normalizeSearchPhrase occurs in `searchText` (made by toSearchText) as whole words. */
export function containsNormalized(searchText: string, normalizedPhrase: string): boolean {
  return normalizedPhrase.length > 0 && searchText.includes(` ${normalizedPhrase} `);
}

/** Whether `phrase` occurs in `searchText` (made by toSearchText) as whole words. */
export function containsPhrase(searchText: string, phrase: string): boolean {
  return containsNormalized(searchText, normalizeSearchPhrase(phrase));
}
