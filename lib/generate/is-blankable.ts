/**
 * Whether a word or phrase may be the blank (the answer) of a question: not a stopword, pronoun, determiner or a
 * vague, content-free word ("various", "aspect", "role"), and not made only of such words. General English only.
 */
const STOPWORDS = new Set(
  (
    "a an the and or but nor so yet for of to in on at by with from into onto over under about above below up down " +
    "out off as than then that this these those there here what which who whom whose when where why how " +
    "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs " +
    "myself ourselves yourself yourselves himself herself itself themselves one ones oneself " +
    "is am are was were be been being have has had having do does did doing will would shall should can could " +
    "may might must not no yes all any both each either neither every few more most other others some such " +
    "own same only very too also just even still again further once ever never always often sometimes " +
    "if because while although though unless until whether since via per among between through during before after " +
    "again against within without upon toward towards across along around behind beyond despite"
  ).split(/\s+/),
);

const VAGUE = new Set(
  (
    "thing things stuff something anything everything nothing someone anyone everyone way ways aspect aspects " +
    "role roles part parts issue issues factor factors area areas kind kinds type types sort sorts example examples " +
    "lot lots number numbers amount variety range set sets group groups form forms case cases fact facts point points " +
    "time times year years day days people person persons place places matter matters manner extent degree level " +
    "levels situation situations context result results effect effects element elements feature features item items " +
    "component components instance instances approach approaches various several many much certain particular " +
    "significant important crucial vital key pivotal essential major main critical notable new recent other " +
    "different similar specific general overall potential possible likely broader broad greater great good better " +
    "best strong stronger large larger small smaller high higher low lower further additional significance " +
    "importance use uses nation nations country countries region regions world"
  ).split(/\s+/),
);

const PRONOUN_POS = new Set(["PRON", "DET", "CCONJ", "SCONJ", "ADP", "PART", "AUX", "INTJ", "PUNCT", "SYM"]);

/** Stopword test; an all-capitals acronym ("US", "IT") is never a stopword. */
export function isStopword(word: string): boolean {
  if (!STOPWORDS.has(word.toLowerCase())) return false;
  return !(word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase());
}

export function isVagueWord(word: string): boolean {
  return VAGUE.has(word.toLowerCase());
}

const ASCII = /^[\x00-\x7f]*$/;

/** Words of a phrase, punctuation dropped. */
function words(phrase: string): string[] {
  if (ASCII.test(phrase)) {
    return phrase
      .split(/[^A-Za-z0-9'.-]+/)
      .map((w) => w.replace(/^[.'-]+|[.'-]+$/g, ""))
      .filter((w) => w.length > 0);
  }
  return phrase
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}'’.-]+/u)
    .map((w) => w.replace(/^[.'’-]+|[.'’-]+$/g, ""))
    .filter((w) => w.length > 0);
}

/**
 * A blank is acceptable when it has at least one content word, does not start or end with a stopword, and its
 * content words are not all vague. Numbers are always acceptable. `pos` (optional) are the tokens' POS tags.
 */
const memo = new Map<string, boolean>();
const MEMO_LIMIT = 50_000;

export function isBlankable(phrase: string, pos?: readonly string[]): boolean {
  const key = pos && pos.length === 1 ? `${pos[0]}\u0000${phrase}` : phrase;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const result = computeBlankable(phrase, pos);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, result);
  return result;
}

function computeBlankable(phrase: string, pos?: readonly string[]): boolean {
  const ws = words(phrase);
  if (ws.length === 0) return false;
  if (ws.length === 1 && /^\d[\d,.]*%?$/.test(ws[0]!)) return true;
  if (pos && pos.length === 1 && PRONOUN_POS.has(pos[0]!)) return false;
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  if (isStopword(first) || isStopword(last)) return false;
  const content = ws.filter((w) => !isStopword(w));
  if (content.length === 0) return false;
  if (content.every((w) => isVagueWord(w))) return false;
  // A single letter or symbol says nothing.
  if (ws.length === 1 && first.length < 2) return false;
  return true;
}
