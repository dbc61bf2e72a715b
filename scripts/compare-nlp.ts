/**
 * Compares compromise and wink-nlp on the seed course (content/), the evaluation behind docs/generator.md:
 * - speed: tagging every paragraph, best of 5 warm runs, MB/s;
 * - sentence boundaries on the seed paragraphs (disagreements listed for judging by hand) and on a hand-labelled
 *   set of tricky paragraphs (abbreviations, decimals, quotes, list markers), errors counted;
 * - named entities: compromise's people/places/organizations/acronyms vs the names the generator extracts from
 *   wink-nlp's tokens and POS tags, scored against a hand-made list of the entities in the two seed documents.
 *
 *   npx tsx scripts/compare-nlp.ts
 */
import path from "node:path";
import nlp from "compromise";
import { readContentFolder } from "../lib/content/read-content-folder";
import { buildCorpusIndex } from "../lib/generate/build-corpus-index";
import { loadNlp } from "../lib/generate/load-nlp";
import { segmentDocument } from "../lib/generate/segment-document";

const docs = readContentFolder(path.resolve("content")).filter((d) => d.course === "south-korea-defense");
const paragraphs = docs
  .flatMap((d) => d.body.split("\n"))
  .map((l) => l.trim().replace(/^(?:[•\-*]|\d+\.)\s+/, ""))
  .filter((l) => /[.!?]$/.test(l));
const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p), 0);
const wink = loadNlp();

function best(fn: () => void, runs = 5): number {
  fn();
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const compromiseSentences = (text: string) => (nlp(text).sentences().out("array") as string[]).map((s) => s.trim());
const winkSentences = (text: string) => (wink.readDoc(text).sentences().out() as string[]).map((s) => s.trim());

// ---------------------------------------------------------------- speed
const tCompromise = best(() => paragraphs.forEach((p) => nlp(p).sentences().length));
const tWink = best(() => paragraphs.forEach((p) => wink.readDoc(p).tokens().out(wink.its.pos)));
console.log(`## Speed (${paragraphs.length} paragraphs, ${(bytes / 1000).toFixed(1)} kB, best of 5 warm runs)`);
console.log(`compromise: ${tCompromise.toFixed(0)} ms = ${(bytes / 1e6 / (tCompromise / 1000)).toFixed(2)} MB/s`);
console.log(`wink-nlp:   ${tWink.toFixed(0)} ms = ${(bytes / 1e6 / (tWink / 1000)).toFixed(2)} MB/s`);

// ---------------------------------------------------------------- sentence boundaries
let cCount = 0;
let wCount = 0;
const disagreements: string[] = [];
for (const p of paragraphs) {
  const c = compromiseSentences(p);
  const w = winkSentences(p);
  cCount += c.length;
  wCount += w.length;
  if (c.join("|") !== w.join("|")) disagreements.push(`  compromise: ${JSON.stringify(c)}\n  wink:       ${JSON.stringify(w)}`);
}
console.log(`\n## Sentences in the seed paragraphs: compromise ${cCount}, wink-nlp ${wCount}, ${disagreements.length} paragraphs differ`);
for (const d of disagreements) console.log(d);

const TRICKY: string[][] = [
  ["The U.S. Army arrived in 1950.", "It stayed."],
  ["Dr. Smith met Mr. Jones at 5 p.m. on Friday.", "They talked."],
  ["Prices rose by 3.5 percent in Jan. 2004.", "Wages did not."],
  ["He said, \"Stop here.\"", "She did."],
  ["Is it true?", "Yes!", "It is."],
  ["Some organelles (e.g. the nucleus) have membranes.", "Others do not."],
  ["St. Louis lies on the Mississippi.", "It is in Missouri."],
  ["The treaty was signed by the U.K. and France.", "It took effect later."],
  ["Version 2.0 was released.", "Version 3.1 followed in 2019."],
  ["Approx. 40 people came, i.e. most of the town.", "The rest stayed home."],
  ["Washington, D.C. is the capital.", "It is not a state."],
  ["The Nile is c. 6,650 km long.", "It flows north."],
];
let cErr = 0;
let wErr = 0;
for (const gold of TRICKY) {
  const text = gold.join(" ");
  const c = compromiseSentences(text);
  const w = winkSentences(text);
  if (c.join("|") !== gold.join("|")) {
    cErr++;
    console.log(`  compromise wrong: ${JSON.stringify(c)}`);
  }
  if (w.join("|") !== gold.join("|")) {
    wErr++;
    console.log(`  wink-nlp wrong:   ${JSON.stringify(w)}`);
  }
}
console.log(`\n## Hand-labelled tricky paragraphs (${TRICKY.length}): paragraphs split wrongly: compromise ${cErr}, wink-nlp ${wErr}`);

// ---------------------------------------------------------------- named entities
const GOLD = new Set(
  [
    "South Korea", "North Korea", "United States", "US", "America", "Korean War", "Mutual Defense Treaty",
    "Treaty of Mutual Defense", "Ulchi Freedom Shield", "Foal Eagle", "Key Resolve", "Asia-Pacific", "Asia", "Japan",
    "ASEAN", "Association of Southeast Asian Nations", "Australia", "New Zealand", "ANZUS Treaty", "ANZUS",
    "Exercise Talisman Sabre", "NATO", "North Atlantic Treaty Organization", "NATO Partnerships and Cooperating Programs",
    "ASEAN Defense Ministers' Meeting-Plus", "ADMM-Plus", "Southeast Asia", "Indo-Pacific", "China", "Russia", "India",
    "Quad Security Dialogue", "United Kingdom", "Canada", "United Nations", "Lebanon", "South Sudan",
    "Central African Republic", "South Korean Armed Forces", "Korean Peninsula", "East Asia", "Northeast Asia", "Seoul",
    "Cold War", "US Forces Korea", "USFK", "Terminal High Altitude Area Defense", "THAAD", "US-Japan Security Treaty",
    "Philippines-US Mutual Defense Treaty", "Six-Party Talks", "ASEAN Security Community", "APEC", "Philippines",
    "South Korean", "North Korean", "American", "Australian", "Chinese", "Mutual Defense Treaty South Korea US",
  ].map((e) => norm(e)),
);

function norm(text: string): string {
  return text
    .replace(/\bU\.S\./g, "US")
    .replace(/[’]/g, "'")
    .replace(/'s$/i, "")
    .replace(/^[\s"“(]+|[\s"”),.;:!?]+$/g, "")
    .replace(/^the\s+/i, "")
    .toLowerCase();
}

function score(found: Set<string>): { found: number; correct: number; precision: number; recall: number; wrong: string[] } {
  const correct = [...found].filter((f) => GOLD.has(f));
  const wrong = [...found].filter((f) => !GOLD.has(f)).sort();
  return {
    found: found.size,
    correct: correct.length,
    precision: correct.length / Math.max(1, found.size),
    recall: correct.length / GOLD.size,
    wrong,
  };
}

const compromiseFound = new Set<string>();
const compromiseTypes = new Map<string, string>();
for (const d of docs) {
  const doc = nlp(d.body);
  for (const [kind, view] of [
    ["person", doc.people()],
    ["place", doc.places()],
    ["organization", doc.organizations()],
    ["acronym", doc.acronyms()],
  ] as const) {
    for (const e of view.out("array") as string[]) {
      const n = norm(e);
      if (!n) continue;
      compromiseFound.add(n);
      if (!compromiseTypes.has(n)) compromiseTypes.set(n, kind);
    }
  }
}
const sentences = docs.flatMap((d) => segmentDocument(d));
const index = buildCorpusIndex(sentences);
const winkFound = new Set<string>();
for (const list of index.terms) for (const t of list) if (t.termClass === "name") winkFound.add(norm(t.text));

const c = score(compromiseFound);
const w = score(winkFound);
console.log(`\n## Named entities (gold: ${GOLD.size} distinct entities, judged by hand)`);
console.log(
  `compromise people/places/organizations/acronyms: ${c.found} distinct, ${c.correct} correct: precision ${(c.precision * 100).toFixed(0)}%, recall ${(c.recall * 100).toFixed(0)}%`,
);
console.log(`  wrong: ${c.wrong.join("; ")}`);
console.log(
  `wink-nlp tokens + POS + the generator's name rules: ${w.found} distinct, ${w.correct} correct: precision ${(w.precision * 100).toFixed(0)}%, recall ${(w.recall * 100).toFixed(0)}%`,
);
console.log(`  wrong: ${w.wrong.join("; ")}`);
const winkEntities = new Set<string>();
for (const s of sentences) for (const t of s.tokens) if (t.entity) winkEntities.add(`${t.entity}`);
console.log(`wink-nlp's own entity types on these documents: ${[...winkEntities].sort().join(", ")} (no person/place/organization)`);

// ---------------------------------------------------------------- kinds for the distinct names (what the generator uses compromise for)
import { classifyName } from "../lib/generate/classify-names";
const typed = new Map<string, string[]>();
for (const list of index.terms) {
  for (const t of list) {
    if (t.termClass !== "name") continue;
    const kind = classifyName(t.text);
    if (!kind) continue;
    const names = typed.get(kind) ?? [];
    if (!names.includes(t.text)) names.push(t.text);
    typed.set(kind, names);
  }
}
console.log("\n## compromise's lexicon kinds for the extracted names (judge by hand)");
for (const [kind, names] of typed) console.log(`${kind}: ${names.join(", ")}`);
