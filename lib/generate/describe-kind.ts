/** A human word for a kind label, used in prompts ("Type the missing year: ..."). */
const WORDS: Record<string, string> = {
  year: "year",
  date: "date",
  number: "number",
  percent: "percentage",
  money: "amount",
  country: "country",
  place: "place",
  person: "person",
  organization: "organization",
  demonym: "word",
};

export function describeKind(label: string | null | undefined): string {
  if (!label) return "term";
  const known = WORDS[label];
  if (known) return known;
  if (label.startsWith("cat:")) return label.slice(4);
  return "term";
}
