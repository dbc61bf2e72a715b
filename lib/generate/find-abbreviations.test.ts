import { describe, expect, it } from "vitest";
import { findAbbreviations, matchLongForm } from "./find-abbreviations";
import { firstSentence } from "./test-helpers";

describe("findAbbreviations", () => {
  it.each([
    ["The deployment of Terminal High Altitude Area Defense (THAAD) began.", "THAAD", "Terminal High Altitude Area Defense"],
    ["Deoxyribonucleic acid (DNA) carries the instructions.", "DNA", "Deoxyribonucleic acid"],
    ["Cells make adenosine triphosphate (ATP) in mitochondria.", "ATP", "adenosine triphosphate"],
    ["NATO, or the North Atlantic Treaty Organization, is an alliance.", "NATO", "North Atlantic Treaty Organization"],
    ["It was founded by the WHO (World Health Organization) in Geneva.", "WHO", "World Health Organization"],
    ["Talks in the ASEAN Defense Ministers’ Meeting-Plus (ADMM-Plus) continue.", "ADMM-Plus", "ASEAN Defense Ministers’ Meeting-Plus"],
  ])("%s", (text, short, long) => {
    const s = firstSentence(text);
    const found = findAbbreviations(s);
    expect(found).toHaveLength(1);
    const [ab] = found;
    expect(ab!.short.text).toBe(short);
    expect(ab!.long.text).toBe(long);
    // offsets index into the body, which here is the sentence's own text
    expect(s.text.slice(ab!.short.start - s.start, ab!.short.end - s.start)).toBe(short);
    expect(s.text.slice(ab!.long.start - s.start, ab!.long.end - s.start)).toBe(long);
  });

  it("ignores parentheses that are not abbreviations", () => {
    expect(findAbbreviations(firstSentence("The war lasted four years (1914 to 1918) in Europe."))).toEqual([]);
    expect(findAbbreviations(firstSentence("Water (as ice) floats on water."))).toEqual([]);
    expect(findAbbreviations(firstSentence("The committee (XYZ) met on Monday."))).toEqual([]);
    // the first letter of the short form must start a word of the long form
    expect(findAbbreviations(firstSentence("Talks in the Defense Ministers’ Meeting-Plus (ADMM-Plus) continue."))).toEqual([]);
  });

  it("matches long forms right to left (Schwartz-Hearst)", () => {
    expect(matchLongForm("HMM", "the use of hidden Markov model")).toBe(11);
    expect(matchLongForm("ABC", "nothing here")).toBe(-1);
  });
});
