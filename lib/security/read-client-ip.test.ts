import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeIp, readClientIp } from "./read-client-ip";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("readClientIp", () => {
  it("takes the rightmost X-Forwarded-For entry (the one the server or the proxy wrote)", () => {
    expect(readClientIp(headers({ "x-forwarded-for": "127.0.0.1" }))).toBe("127.0.0.1");
    expect(readClientIp(headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(readClientIp(headers({ "x-forwarded-for": "::ffff:192.168.1.20" }))).toBe("192.168.1.20");
    expect(readClientIp(headers({ "x-forwarded-for": "2001:DB8::1" }))).toBe("2001:db8::1");
    expect(readClientIp(headers({ "x-real-ip": "10.1.2.3" }))).toBe("10.1.2.3");
  });

  it("never lets junk become a key", () => {
    expect(readClientIp(headers({}))).toBe("unknown");
    expect(readClientIp(headers({ "x-forwarded-for": "evil<script>" }))).toBe("unknown");
    expect(readClientIp(headers({ "x-forwarded-for": "1.2.3.4, 999.1.1.1" }))).toBe("unknown");
    expect(normalizeIp("[::1]:8080")).toBe("::1");
    expect(normalizeIp("1.2.3.4:5678")).toBe("1.2.3.4");
  });

  it("maps arbitrary header text to an address literal or 'unknown' (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        let value: string;
        try {
          value = readClientIp(new Headers({ "x-forwarded-for": text }));
        } catch {
          return; // Headers itself refuses some byte sequences; that never reaches us
        }
        expect(value === "unknown" || /^[0-9a-f:.]{1,45}$/.test(value)).toBe(true);
      }),
    );
  });
});
