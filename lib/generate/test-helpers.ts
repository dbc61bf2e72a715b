/** Test helper: analyse a single piece of text as a one-document corpus. */
import { parseDocument } from "../content/parse-document";
import { buildCorpusIndex, type CorpusIndex } from "./build-corpus-index";
import { segmentDocument } from "./segment-document";
import type { AnalyzedSentence } from "./types";

export function analyse(text: string, name = "doc.txt"): { sentences: AnalyzedSentence[]; index: CorpusIndex } {
  const doc = parseDocument(text, name);
  const sentences = segmentDocument(doc);
  return { sentences, index: buildCorpusIndex(sentences) };
}

export function firstSentence(text: string): AnalyzedSentence {
  const s = analyse(text).sentences[0];
  if (!s) throw new Error("no sentence");
  return s;
}
