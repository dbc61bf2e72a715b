import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emailSchema, passwordSchema } from "./password-policy";

const messages = (value: unknown) => {
  const result = passwordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("passwordSchema", () => {
  it("accepts long passphrases of any composition, including Unicode", () => {
    for (const ok of ["correct horse battery", "abcdefghij", "пароль-надёжный", "🦊🐻🐼🐨🦁🐯🐮🐷🐸🐵", "a b c d e f"]) {
      expect(messages(ok), ok).toEqual([]);
    }
  });

  it("refuses short, overlong, space-padded and repetitive passwords with a clear message", () => {
    expect(messages("short")).toContain("Use at least 10 characters.");
    expect(messages("x".repeat(201))).toContain("Use at most 200 characters.");
    expect(messages(" leading-space-pw")).toContain("Don't start or end the password with a space.");
    expect(messages("trailing-space-pw ")).toContain("Don't start or end the password with a space.");
    expect(messages("aaaaaaaaaaaa")).toContain("This password is too repetitive.");
    expect(messages("abababababab")).toContain("This password is too repetitive.");
    expect(messages(12345678901)).not.toEqual([]);
    expect(messages(undefined)).not.toEqual([]);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(messages("𐀀𐀁𐀂𐀃𐀄")).toContain("Use at least 10 characters.");
    expect(messages("𐀀𐀁𐀂𐀃𐀄𐀅𐀆𐀇𐀈𐀉")).toEqual([]);
  });

  it("sits exactly at the bounds: 10 and 200 characters pass", () => {
    expect(messages("abcd".repeat(2) + "ab")).toEqual([]);
    expect(messages("abcd".repeat(50))).toEqual([]);
    expect(messages("abcd".repeat(2) + "a")).toContain("Use at least 10 characters.");
  });

  it("never throws and accepts exactly the passwords the rules describe (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 260 }), (value) => {
        // Lengths count Unicode code points (zod 4), not UTF-16 units: "𐀀" is one character.
        const length = [...value].length;
        const expected = length >= 10 && length <= 200 && value.trim().length === value.length && new Set(value).size >= 4;
        expect(passwordSchema.safeParse(value).success).toBe(expected);
      }),
    );
  });
});

describe("emailSchema", () => {
  it("normalises case and spaces, and refuses junk", () => {
    expect(emailSchema.parse("  Ada@Example.TEST ")).toBe("ada@example.test");
    expect(emailSchema.safeParse("not an email").success).toBe(false);
    expect(emailSchema.safeParse(`${"a".repeat(250)}@x.io`).success).toBe(false);
  });
});
