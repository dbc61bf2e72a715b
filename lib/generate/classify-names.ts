/**
 * Entity kinds for distinct proper names from compromise's lexicon: "country", "place", "person", "organization",
 * "demonym" (Australian, North Korean).
 * Only the distinct names are looked up (not the running text), so the cost grows with the vocabulary, not the
 * corpus. A name gets a kind only when every word agrees (all words tagged Country, or a first name/honorific followed by
 * person words, ...), which keeps "US Forces Korea" from being a country.
 */
import nlp from "compromise";

export type NameKind = "country" | "place" | "person" | "organization" | "demonym";

interface TermJson {
  tags?: string[];
}

function tagsOf(name: string): string[][] {
  const json = nlp(name).json() as { terms?: TermJson[] }[];
  const out: string[][] = [];
  for (const sentence of json) for (const term of sentence.terms ?? []) out.push(term.tags ?? []);
  return out;
}

export function classifyName(name: string): NameKind | null {
  const tags = tagsOf(name);
  if (tags.length === 0) return null;
  const every = (tag: string) => tags.every((t) => t.includes(tag));
  const some = (tag: string) => tags.some((t) => t.includes(tag));
  if (every("Country")) return "country";
  if (some("Organization") && tags[tags.length - 1]!.includes("Organization")) return "organization";
  if (every("Person") && (tags[0]!.includes("FirstName") || tags[0]!.includes("Honorific") || tags.length === 1)) {
    // a lone first name that is also a common word ("Foster") is too weak
    if (tags.length === 1 && !tags[0]!.includes("LastName") && !tags[0]!.includes("FemaleName") && !tags[0]!.includes("MaleName")) return null;
    return "person";
  }
  if (every("Place")) return "place";
  if (tags[tags.length - 1]!.includes("Demonym") && tags.every((t) => t.includes("Demonym") || t.includes("Place") || t.includes("Adjective"))) {
    return "demonym";
  }
  return null;
}

export function classifyNames(names: Iterable<string>): Map<string, NameKind> {
  const kinds = new Map<string, NameKind>();
  for (const name of names) {
    const kind = classifyName(name);
    if (kind) kinds.set(name, kind);
  }
  return kinds;
}
