/**
 * Corpus-wide knowledge the question makers need, built once per generator run from every analysed sentence:
 * - capitalisation evidence (which capitalised words also occur mid-sentence) and the lower-case noun vocabulary;
 * - the terms of each sentence (extractTerms);
 * - alias groups of names (one entity, one group): abbreviation pairs (Schwartz-Hearst), dotted/undotted acronyms,
 *   initials (US = United States), the same content words in another order (Treaty of Mutual Defense = Mutual
 *   Defense Treaty);
 * - kind labels per group: compromise's lexicon (country, place, person, organization, demonym) when it knows the
 *   name; otherwise category nouns found in the documents themselves: the name's own head noun ("X Treaty",
 *   "Treaty of X", "Exercise X"), "<nouns> such as/including/like X", "the X <noun>";
 * - pools of same-kind answers (per label; years, numbers, dates, percentages, money) and, per term, the sentences
 *   it occurs in (for "never also true in the source" and "the source contradicts" checks).
 * Nothing here knows the topic: all of it comes from the documents.
 */
import { findAbbreviations } from "./find-abbreviations";
import { classifyNames } from "./classify-names";
import { extractTerms, isCapitalised, type CapitalisationStats } from "./extract-terms";
import { isStopword } from "./is-blankable";
import { normalizeSearchPhrase, normalizeTerm } from "./normalize-term";
import { numericValue } from "./numeric-value";
import type { AnalyzedSentence, Term, TermClass } from "./types";

export interface PoolEntry {
  /** Term id (see CorpusIndex.termId). */
  id: string;
  /** Surface forms, most frequent first. */
  forms: string[];
  /** Normalised search phrases of the forms (for containsNormalized). */
  keys: string[];
  /** Numeric value for years and numbers. */
  value?: number;
  /** Share of the occurrences preceded by "the" (0..1). */
  withThe: number;
}

export interface CorpusIndex {
  sentences: AnalyzedSentence[];
  terms: Term[][];
  stats: CapitalisationStats;
  termId(term: Term): string;
  /** Kind labels, most reliable first ("year", "country", "cat:treaty", ...); [] when unknown. */
  labelsOf(term: Term): readonly string[];
  /** The first label, or null. */
  kindOf(term: Term): string | null;
  /** Whether the first label comes from the name's own head noun ("X Treaty"): then it alone defines the kind. */
  hasHeadCategory(term: Term): boolean;
  /** Category labels that share a name with this one ("cat:drill" for "cat:exercise"), for a second search round. */
  relatedLabels(label: string): readonly string[];
  /** Whether two term ids (names, values) occur together in some sentence of the corpus. */
  cooccur(a: string, b: string): boolean;
  /** Entries with this label: sorted by value for years and numbers, else by id. */
  pool(label: string): readonly PoolEntry[];
  /** All surface forms of the term's entity (aliases), the term's own text included. */
  formsOf(term: Term): readonly string[];
  /** formsOf(term), each made ready for containsNormalized (normalizeSearchPhrase), in the same order. */
  searchKeysOf(term: Term): readonly string[];
  /** In how many sentences of the corpus a term id occurs. */
  frequency(id: string): number;
}

const HEARST_CUES = new Set(["such as", "including", "like", "especially", "particularly", "notably", "namely"]);
const CATEGORY_TO_KIND: Record<string, string> = {
  organization: "organization",
  organisation: "organization",
  country: "country",
  city: "place",
};
const VALUE_CLASSES: ReadonlySet<TermClass> = new Set(["year", "date", "number", "percent", "money"]);

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x);
    if (p === undefined) {
      this.parent.set(x, x);
      return x;
    }
    if (p === x) return x;
    p = this.find(p);
    this.parent.set(x, p);
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

function isAcronymText(text: string): boolean {
  const letters = text.replace(/[.&-]/g, "");
  return letters.length >= 2 && /^[\p{Lu}\d]+$/u.test(letters);
}

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => isCapitalised(w))
    .map((w) => w.charAt(0).toLowerCase())
    .join("");
}

function contentSignature(key: string): string {
  const words = key.split(/[\s-]+/).filter((w) => w.length > 0 && !isStopword(w));
  return words.length >= 2 ? [...new Set(words)].sort().join(" ") : "";
}

function collectStats(sentences: AnalyzedSentence[]): { stats: CapitalisationStats; lowerNouns: Set<string> } {
  const capitalisedMidSentence = new Set<string>();
  const lowerNouns = new Set<string>();
  for (const s of sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.type !== "word") continue;
      if (i > 0 && isCapitalised(t.text)) {
        const prev = toks[i - 1]!;
        // after a colon or an opening quote a capital may just start a clause
        if (!/^[:"“‘(]$/.test(prev.text)) capitalisedMidSentence.add(t.text);
      } else if (t.pos === "NOUN" && /^\p{Ll}/u.test(t.text)) {
        lowerNouns.add(t.lemma.toLowerCase());
        lowerNouns.add(t.text);
      }
    }
  }
  return { stats: { capitalisedMidSentence }, lowerNouns };
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

export function buildCorpusIndex(sentences: AnalyzedSentence[]): CorpusIndex {
  const { stats, lowerNouns } = collectStats(sentences);
  const rawTerms = sentences.map((s) => extractTerms(s, stats));
  // "US-South Korea", "Japan-South Korea": two names glued by a hyphen name a relation, not an entity.
  const nameKeys = new Set<string>();
  for (const list of rawTerms) for (const t of list) if (t.termClass === "name") nameKeys.add(t.key);
  const isCompound = (t: Term) =>
    t.termClass === "name" && t.text.includes("-") && t.text.split("-").every((p) => nameKeys.has(normalizeTerm(p)));
  const terms = rawTerms.map((list) => list.filter((t) => !isCompound(t)));

  // ---- alias groups of names
  const uf = new UnionFind();
  const formCounts = new Map<string, Map<string, number>>(); // name key -> surface form -> count
  const byInitials = new Map<string, Set<string>>();
  const bySignature = new Map<string, Set<string>>();
  const noteForm = (key: string, form: string, n: number) => {
    uf.find(key);
    let forms = formCounts.get(key);
    if (!forms) formCounts.set(key, (forms = new Map()));
    forms.set(form, (forms.get(form) ?? 0) + n);
  };
  for (const list of terms) {
    for (const t of list) {
      if (t.termClass !== "name") continue;
      noteForm(t.key, t.text, 1);
      if (/\s/.test(t.text)) {
        const ini = initialsOf(t.text);
        if (ini.length >= 2) addTo(byInitials, ini, t.key);
      }
      const sig = contentSignature(t.key);
      if (sig) addTo(bySignature, sig, t.key);
    }
  }
  for (const s of sentences) {
    for (const ab of findAbbreviations(s)) {
      const ka = normalizeTerm(ab.short.text);
      const kb = normalizeTerm(ab.long.text);
      if (!ka || !kb) continue;
      noteForm(ka, ab.short.text, 0);
      noteForm(kb, ab.long.text, 0);
      uf.union(ka, kb);
    }
  }
  for (const [key, forms] of formCounts) {
    const form = forms.keys().next().value as string | undefined;
    if (!form || !isAcronymText(form)) continue;
    const candidates = byInitials.get(key.replace(/[^\p{L}\p{N}]/gu, ""));
    if (candidates && candidates.size === 1) uf.union(key, [...candidates][0]!);
  }
  for (const keys of bySignature.values()) {
    const list = [...keys];
    for (let i = 1; i < list.length; i++) uf.union(list[0]!, list[i]!);
  }
  const topForm = (forms: Map<string, number>) =>
    [...forms.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? "";

  // ---- kind labels: the lexicon first
  const lexicon = classifyNames([...formCounts.values()].map(topForm).filter((f) => f.length > 0));
  const lexiconKind = new Map<string, string>();
  for (const [key, forms] of formCounts) {
    const kind = lexicon.get(topForm(forms));
    const g = uf.find(key);
    // "place" is the least specific kind: US (place) and United States (country) are one country
    if (kind && (!lexiconKind.has(g) || lexiconKind.get(g) === "place")) lexiconKind.set(g, kind);
  }

  // ---- kind labels: category nouns from the text
  const headCategory = new Map<string, Set<string>>();
  const contextCategory = new Map<string, Set<string>>();
  const category = (lemma: string): string | null => {
    const c = lemma.toLowerCase();
    return /^\p{Ll}[\p{Ll}-]+$/u.test(c) ? c : null;
  };
  sentences.forEach((s, si) => {
    const names = terms[si]!.filter((t) => t.termClass === "name");
    if (names.length === 0) return;
    const byFirst = new Map<number, Term>();
    for (const n of names) byFirst.set(n.first, n);
    const toks = s.tokens;
    const group = (n: Term) => uf.find(n.key);
    // "<plural noun>, such as / including / like <name>, <name> and <name>"
    for (let j = 0; j < toks.length; j++) {
      const t = toks[j]!;
      if (t.pos !== "NOUN" || !/^\p{Ll}/u.test(t.text) || !/s$/.test(t.text)) continue;
      let k = j + 1;
      if (toks[k]?.text === ",") k++;
      const two = `${toks[k]?.text ?? ""} ${toks[k + 1]?.text ?? ""}`.toLowerCase();
      const one = (toks[k]?.text ?? "").toLowerCase();
      if (HEARST_CUES.has(two)) k += 2;
      else if (HEARST_CUES.has(one)) k += 1;
      else continue;
      const cat = category(t.lemma);
      if (!cat) continue;
      for (;;) {
        while (
          toks[k] &&
          (/^(,|and|or|the|a|an|"|“|”)$/i.test(toks[k]!.text) ||
            (toks[k]!.pos === "ADJ" && /^\p{Ll}/u.test(toks[k]!.text)))
        ) {
          k++;
        }
        const n = byFirst.get(k);
        if (!n) break;
        addTo(contextCategory, group(n), cat);
        k = n.last + 1;
        if (!toks[k] || !/^(,|and|or)$/.test(toks[k]!.text)) break;
      }
    }
    for (const n of names) {
      // "the (adj) <name> <noun>" where the noun ends the phrase: the "Foal Eagle" drill
      let p = n.first - 1;
      while (p >= 0 && /^["“‘']$/.test(toks[p]!.text)) p--;
      while (p >= 0 && toks[p]!.pos === "ADJ" && /^\p{Ll}/u.test(toks[p]!.text)) p--;
      if (p >= 0 && toks[p]!.text.toLowerCase() === "the") {
        let q = n.last + 1;
        while (q < toks.length && /^["”’']$/.test(toks[q]!.text)) q++;
        const noun = toks[q];
        const after = toks[q + 1];
        const cat = noun ? category(noun.lemma) : null;
        if (
          noun &&
          cat &&
          (noun.pos === "NOUN" || (noun.pos === "VERB" && lowerNouns.has(noun.text))) &&
          /^\p{Ll}+$/u.test(noun.text) &&
          !(after && (after.pos === "NOUN" || after.pos === "PROPN"))
        ) {
          addTo(contextCategory, group(n), cat);
        }
      }
      // a multi-word name whose head is a common noun of the corpus: "X Treaty", "Treaty of X", "Exercise X"
      if (n.last > n.first) {
        let headIndex = n.last;
        for (let k = n.first + 1; k < n.last; k++) {
          if (toks[k]!.text === "of") {
            headIndex = k - 1;
            break;
          }
        }
        const headToken = toks[headIndex]!;
        const head = headToken.text.toLowerCase();
        const leadToken = toks[n.first]!;
        let cat: string | null = null;
        if (lowerNouns.has(head)) cat = category(lowerNouns.has(headToken.lemma.toLowerCase()) ? headToken.lemma : head);
        else if (headIndex === n.last && lowerNouns.has(leadToken.text.toLowerCase())) cat = category(leadToken.lemma);
        if (cat) addTo(headCategory, group(n), cat);
      }
    }
  });

  const groupLabels = new Map<string, string[]>();
  const headGroups = new Set<string>();
  const labelPeers = new Map<string, Set<string>>();
  const allGroups = new Set<string>([...formCounts.keys()].map((k) => uf.find(k)));
  for (const g of allGroups) {
    const lex = lexiconKind.get(g);
    if (lex) {
      groupLabels.set(g, [lex]);
      continue;
    }
    const heads = [...(headCategory.get(g) ?? [])];
    const cats = [...heads, ...(contextCategory.get(g) ?? [])];
    if (cats.length === 0) continue;
    if (heads.length > 0 && !CATEGORY_TO_KIND[heads[0]!]) headGroups.add(g);
    const labels: string[] = [];
    for (const c of cats) {
      const mapped = CATEGORY_TO_KIND[c];
      const label = mapped ?? `cat:${c}`;
      if (!labels.includes(label)) labels.push(label);
    }
    // a kind from the lexicon vocabulary ("organization") first, then the head noun, then the context categories
    labels.sort((a, b) => Number(a.startsWith("cat:")) - Number(b.startsWith("cat:")));
    groupLabels.set(g, labels);
    // Categories the text gives one thing ("the Foal Eagle drill", "the Foal Eagle exercise") are related; a name's
    // own head noun is definitive and links nothing ("Philippines-US Mutual Defense Treaty" among "alliances").
    if (heads.length === 0) {
      const catLabels = labels.filter((l) => l.startsWith("cat:"));
      for (const a of catLabels) for (const b of catLabels) if (a !== b) addTo(labelPeers, a, b);
    }
  }

  // ---- occurrences and pools
  const computeId = (t: Term): string => {
    if (t.termClass === "name") return `n:${uf.find(t.key)}`;
    if (VALUE_CLASSES.has(t.termClass)) return `v:${t.termClass}:${t.key}`;
    return `c:${t.key}`;
  };
  for (const list of terms) for (const t of list) t.id = computeId(t);
  const termId = (t: Term): string => t.id || (t.id = computeId(t));
  const labelsOf = (t: Term): readonly string[] => {
    if (VALUE_CLASSES.has(t.termClass)) return [t.termClass];
    if (t.termClass === "name") return groupLabels.get(uf.find(t.key)) ?? [];
    return [];
  };
  const frequency = new Map<string, number>();
  const lastSentence = new Map<string, number>();
  const theCount = new Map<string, number>();
  const mentions = new Map<string, number>();
  const pairs = new Set<string>();
  const groupForms = new Map<string, Map<string, number>>();
  const pools = new Map<string, Map<string, PoolEntry>>();
  terms.forEach((list, si) => {
    const toks = sentences[si]!.tokens;
    const strong: string[] = [];
    for (const t of list) {
      const id = termId(t);
      if (lastSentence.get(id) !== si) {
        lastSentence.set(id, si);
        frequency.set(id, (frequency.get(id) ?? 0) + 1);
        if (t.termClass !== "concept") strong.push(id);
      }
      mentions.set(id, (mentions.get(id) ?? 0) + 1);
      if (toks[t.first - 1]?.text.toLowerCase() === "the") theCount.set(id, (theCount.get(id) ?? 0) + 1);
      let forms = groupForms.get(id);
      if (!forms) groupForms.set(id, (forms = new Map()));
      forms.set(t.text, (forms.get(t.text) ?? 0) + 1);
      for (const label of labelsOf(t)) {
        let pool = pools.get(label);
        if (!pool) pools.set(label, (pool = new Map()));
        if (!pool.has(id)) {
          const numeric = t.termClass === "year" || t.termClass === "number";
          pool.set(id, { id, forms: [], keys: [], withThe: 0, value: numeric ? numericValue(t.text) : undefined });
        }
      }
    }
    for (let a = 0; a < strong.length; a++) {
      for (let b = a + 1; b < strong.length; b++) {
        const x = strong[a]!;
        const y = strong[b]!;
        pairs.add(x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
      }
    }
  });
  // abbreviation forms count as aliases even where the name extractor did not see them
  for (const [key, forms] of formCounts) {
    const id = `n:${uf.find(key)}`;
    let gf = groupForms.get(id);
    if (!gf) groupForms.set(id, (gf = new Map()));
    for (const [f, c] of forms) if (!gf.has(f)) gf.set(f, c);
  }
  const sortedForms = new Map<string, string[]>();
  for (const [id, forms] of groupForms) {
    sortedForms.set(
      id,
      [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map((e) => e[0]),
    );
  }
  const poolLists = new Map<string, PoolEntry[]>();
  for (const [label, pool] of pools) {
    const entries = [...pool.values()].map((e) => {
      const forms = sortedForms.get(e.id) ?? [];
      return {
        ...e,
        forms,
        keys: forms.map((f) => normalizeSearchPhrase(f)).filter((k) => k.length > 0),
        withThe: (theCount.get(e.id) ?? 0) / Math.max(1, mentions.get(e.id) ?? 1),
      };
    });
    entries.sort((a, b) =>
      a.value !== undefined && b.value !== undefined ? a.value - b.value || a.id.localeCompare(b.id) : a.id.localeCompare(b.id),
    );
    poolLists.set(label, entries);
  }
  const none: readonly never[] = [];
  const searchKeys = new Map<string, string[]>();
  const peers = new Map<string, string[]>();
  for (const [label, set] of labelPeers) peers.set(label, [...set].sort());
  return {
    sentences,
    terms,
    stats,
    termId,
    labelsOf,
    kindOf: (t) => labelsOf(t)[0] ?? null,
    hasHeadCategory: (t) => t.termClass === "name" && headGroups.has(uf.find(t.key)) && !!labelsOf(t)[0]?.startsWith("cat:"),
    relatedLabels: (label) => peers.get(label) ?? none,
    cooccur: (a, b) => pairs.has(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`),
    pool: (label) => poolLists.get(label) ?? none,
    formsOf: (t) => {
      const forms = sortedForms.get(termId(t));
      return forms && forms.includes(t.text) ? forms : [t.text, ...(forms ?? [])];
    },
    searchKeysOf: (t) => {
      const id = termId(t);
      const forms = sortedForms.get(id);
      const own = forms && forms.includes(t.text);
      const cacheKey = own ? id : `${id}\u0000${t.text}`;
      let keys = searchKeys.get(cacheKey);
      if (!keys) {
        keys = (own ? forms : [t.text, ...(forms ?? [])]).map((f) => normalizeSearchPhrase(f));
        searchKeys.set(cacheKey, keys);
      }
      return keys;
    },
    frequency: (id) => frequency.get(id) ?? 0,
  };
}
