import { describe, expect, it } from "vitest";
import { formatJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from "./generate-join-code";

describe("join codes", () => {
  it("uses 6 characters of an alphabet without look-alikes", () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(29);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OILUV]/);
    let i = 0;
    expect(generateJoinCode(() => i++ % 29)).toBe("ABCDEF");
    expect(generateJoinCode(() => 28)).toBe("999999");
  });

  it("accepts what students type: any case, dashes and spaces", () => {
    expect(normalizeJoinCode("abc-def")).toBe("ABCDEF");
    expect(normalizeJoinCode(" AbC dEf ")).toBe("ABCDEF");
    expect(normalizeJoinCode("ABCDE")).toBeNull();
    expect(normalizeJoinCode("ABCDE0")).toBeNull();
    expect(normalizeJoinCode("ABCDEFG")).toBeNull();
  });

  it("formats as ABC-DEF", () => {
    expect(formatJoinCode("ABCDEF")).toBe("ABC-DEF");
  });
});
