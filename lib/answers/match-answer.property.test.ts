/**
 * Hostile-input properties of answer matching (issue 6), beside the behaviour tests in match-answer.test.ts (which
 * already cover reflexivity, never throwing on arbitrary Unicode, and case/whitespace insensitivity). These are the
 * properties that protect grades: no blank, padding or wrong number earns credit, and no input is slow.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchAnswer, normalizeAnswer } from "./match-answer";

const word = fc.stringMatching(/^[A-Za-z]{3,12}$/);
const blankish = fc.stringMatching(/^[\s.,;:!?'"()\-_*]{0,20}$/);

describe("matchAnswer under hostile input", () => {
  it("gives no credit for a blank or punctuation-only answer to a real question", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), blankish, (words, given) => {
        expect(matchAnswer(words.join(" "), given).correct).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("never accepts a different number, however it is written", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom("", " years", "%", " BC"), (a, b, unit) => {
        fc.pre(a !== b);
        expect(matchAnswer(`${a}${unit}`, `${b}${unit}`).correct).toBe(false);
        expect(matchAnswer(`${a}${unit}`, `${a.toLocaleString("en-US")}${unit}`).correct).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("does not accept a short answer buried in a long one (no credit for listing every option)", () => {
    fc.assert(
      fc.property(word, fc.array(word, { minLength: 3, maxLength: 8 }), (expected, others) => {
        const shotgun = [...others, expected].join(" ");
        fc.pre(normalizeAnswer(shotgun) !== normalizeAnswer(expected));
        expect(matchAnswer(expected, shotgun).correct).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("answers within a bounded time for any input up to the schema's 10,000 characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 400, maxLength: 10_000 }), fc.string({ unit: "grapheme", minLength: 400, maxLength: 10_000 }), (a, b) => {
        const started = performance.now();
        matchAnswer(a, b);
        expect(performance.now() - started).toBeLessThan(250);
      }),
      { numRuns: 25 },
    );
    // The worst case for the edit distance: just under the fuzzy-matching cap, differing everywhere.
    const started = performance.now();
    matchAnswer("ab".repeat(249), "ba".repeat(249));
    expect(performance.now() - started).toBeLessThan(250);
  });
});
