import { describe, expect, it } from "vitest";
import { findDefinition } from "./find-definition";
import { firstSentence } from "./test-helpers";

describe("findDefinition", () => {
  it.each([
    ["Photosynthesis is a process that converts light energy into chemical energy.", "Photosynthesis", "is", "a process that converts light energy into chemical energy"],
    ["The mitochondrion is an organelle that releases energy from glucose.", "mitochondrion", "is", "an organelle that releases energy from glucose"],
    ["Bilateral defense agreements are formal arrangements between two nations aimed at mutual security.", "Bilateral defense agreements", "are", "formal arrangements between two nations aimed at mutual security"],
    ["NATO, or the North Atlantic Treaty Organization, is a military alliance established in 1949.", "NATO", "is", "a military alliance established in 1949"],
    ["The Senate was a council of aristocrats that advised the magistrates.", "Senate", "was", "a council of aristocrats that advised the magistrates"],
  ])("%s", (text, term, verb, meaning) => {
    expect(findDefinition(firstSentence(text))).toMatchObject({ term, verb, meaning });
  });

  it.each([
    "It is a process that converts light.",
    "This treaty is a cornerstone of regional security.",
    "The strategic importance of the alliance is a matter of debate.",
    "Cells are important for life.",
    "The treaty was signed in 1953 by both parties.",
    "Joint military exercises between South Korea and the United States are essential components of the alliance.",
  ])("is not fooled by: %s", (text) => {
    expect(findDefinition(firstSentence(text))).toBeNull();
  });
});
