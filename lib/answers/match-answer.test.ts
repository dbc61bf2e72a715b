import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { editDistance, matchAnswer, normalizeAnswer, typoAllowance } from "./match-answer";

describe("matchAnswer", () => {
  it.each([
    ["United States", "united states"],
    ["the United States", "United States"],
    ["United States", "  the   united STATES. "],
    ["U.S.", "US"],
    ["Indo-Pacific", "indo pacific"],
    ["Café", "cafe"],
    ["2,000", "2000"],
    ["South Korea’s", "South Korea's"],
    ["Straße", "STRASSE"],
    ["ｆｕｌｌｗｉｄｔｈ", "fullwidth"],
    ["an apple", "Apple"],
  ])("%s = %s exactly", (expected, given) => {
    expect(matchAnswer(expected, given)).toEqual({ correct: true, exact: true });
  });

  it.each([
    ["Photosynthesis", "photosynthsis"],
    ["Mitochondria", "mitochondira"],
    ["Talisman Sabre", "Talisman Sabr"],
    ["Ulchi Freedom Shield", "Ulchi Freedom Sheild"],
  ])("forgives a small typo: %s ~ %s", (expected, given) => {
    expect(matchAnswer(expected, given)).toEqual({ correct: true, exact: false });
  });

  it.each([
    ["1953", "1954"],
    ["1953", "1935"],
    ["27 BC", "27 AD"],
    ["21%", "12%"],
    ["NATO", "NAT"],
    ["Iran", "Iraq"],
    ["Japan", "China"],
    ["Photosynthesis", "photo"],
    ["United States", ""],
    ["", "anything"],
  ])("rejects %s vs %s", (expected, given) => {
    expect(matchAnswer(expected, given).correct).toBe(false);
  });

  it("scales the typo allowance with length and allows none for numbers", () => {
    expect(typoAllowance("nato")).toBe(0);
    expect(typoAllowance("belgium")).toBe(1);
    expect(typoAllowance("photosynthesis")).toBe(2);
    expect(typoAllowance("terminal high altitude area defense")).toBe(3);
    expect(typoAllowance("1953")).toBe(0);
    expect(typoAllowance("chapter 11")).toBe(0);
  });

  it("computes Damerau-Levenshtein distances with a cap", () => {
    expect(editDistance("abcd", "abdc", 3)).toBe(1);
    expect(editDistance("kitten", "sitting", 5)).toBe(3);
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
    expect(editDistance("", "abc", 5)).toBe(3);
  });

  it("normalises", () => {
    expect(normalizeAnswer("  The  U.S.-Japan   Security Treaty! ")).toBe("us japan security treaty");
  });

  describe("properties", () => {
    const anyText = fc.string({ unit: "binary", maxLength: 60 });

    it("is reflexive", () => {
      fc.assert(
        fc.property(anyText, (s) => {
          expect(matchAnswer(s, s)).toEqual({ correct: true, exact: true });
        }),
        { numRuns: 1000 },
      );
    });

    it("never throws on arbitrary Unicode and returns booleans", () => {
      fc.assert(
        fc.property(anyText, anyText, (a, b) => {
          const r = matchAnswer(a, b);
          expect(typeof r.correct).toBe("boolean");
          expect(r.exact && !r.correct).toBe(false);
        }),
        { numRuns: 1000 },
      );
    });

    it("ignores case and surrounding whitespace of the given answer", () => {
      fc.assert(
        fc.property(
          fc.string({ unit: "grapheme", maxLength: 40 }),
          fc.string({ unit: "grapheme", maxLength: 40 }),
          fc.constantFrom("", " ", "  ", "\t", "\n "),
          (expected, given, pad) => {
            const base = matchAnswer(expected, given);
            expect(matchAnswer(expected, `${pad}${given.toUpperCase()}${pad}`)).toEqual(
              matchAnswer(expected, given.toUpperCase()),
            );
            if (given.trim().length > 0) expect(matchAnswer(expected, `${pad}${given}${pad}`)).toEqual(base);
          },
        ),
        { numRuns: 1000 },
      );
    });

    it("treats an answer and its upper-cased form alike", () => {
      fc.assert(
        fc.property(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 40 }), (s) => {
          expect(matchAnswer(s, s.toUpperCase()).correct).toBe(true);
          expect(matchAnswer(s, s.toLowerCase()).correct).toBe(true);
        }),
        { numRuns: 500 },
      );
    });

    it("does not hang on long input", () => {
      const long = "a".repeat(5000);
      expect(matchAnswer(long, `${long}b`).correct).toBe(false);
      expect(matchAnswer(long, long).correct).toBe(true);
    });
  });
});
