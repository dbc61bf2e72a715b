import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The request's cookies and headers, as next/headers would give them.
const request = { cookies: new Map<string, string>(), headers: new Map<string, string>() };
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
  }),
  headers: async () => ({ get: (name: string) => request.headers.get(name) ?? null }),
}));

const { readSessionUserId } = await import("./read-session-user-id");

const SECRET = "test-secret-for-read-session-user-id-0123456789";
const token = (sub: string, salt: string, maxAge = 3600) => encode({ token: { sub }, secret: SECRET, salt, maxAge });

describe("readSessionUserId", () => {
  beforeEach(() => {
    vi.stubEnv("AUTH_SECRET", SECRET);
    vi.stubEnv("AUTH_URL", "");
    request.cookies.clear();
    request.headers.clear();
    request.headers.set("x-forwarded-proto", "http");
  });
  afterEach(() => vi.unstubAllEnvs());

  it("reads the user id of an Auth.js session cookie (http: plain cookie name)", async () => {
    request.cookies.set("authjs.session-token", await token("user-1", "authjs.session-token"));
    expect(await readSessionUserId()).toBe("user-1");
    // again: answered from the verified-token cache, same result
    expect(await readSessionUserId()).toBe("user-1");
  });

  it("uses the __Secure- cookie over https and ignores the plain one", async () => {
    request.headers.set("x-forwarded-proto", "https");
    request.cookies.set("authjs.session-token", await token("plain", "authjs.session-token"));
    expect(await readSessionUserId()).toBeNull();
    request.cookies.set("__Secure-authjs.session-token", await token("secure", "__Secure-authjs.session-token"));
    expect(await readSessionUserId()).toBe("secure");
  });

  it("joins chunked cookies", async () => {
    const whole = await token("chunked", "authjs.session-token");
    const half = Math.ceil(whole.length / 2);
    request.cookies.set("authjs.session-token.1", whole.slice(half));
    request.cookies.set("authjs.session-token.0", whole.slice(0, half));
    expect(await readSessionUserId()).toBe("chunked");
  });

  it("refuses tampered, foreign-secret, wrong-salt and expired tokens", async () => {
    const good = await token("user-2", "authjs.session-token");
    request.cookies.set("authjs.session-token", `${good.slice(0, -4)}AAAA`);
    expect(await readSessionUserId()).toBeNull();
    request.cookies.set("authjs.session-token", await encode({ token: { sub: "x" }, secret: "another-secret-0123456789-abcdef", salt: "authjs.session-token" }));
    expect(await readSessionUserId()).toBeNull();
    request.cookies.set("authjs.session-token", await token("user-3", "__Secure-authjs.session-token"));
    expect(await readSessionUserId()).toBeNull();
    request.cookies.set("authjs.session-token", await token("user-4", "authjs.session-token", -60));
    expect(await readSessionUserId()).toBeNull();
  });

  it("no cookie, no secret: no session", async () => {
    expect(await readSessionUserId()).toBeNull();
    request.cookies.set("authjs.session-token", await token("user-5", "authjs.session-token"));
    vi.stubEnv("AUTH_SECRET", "");
    expect(await readSessionUserId()).toBeNull();
  });

  it("forgets a cached token once it expires", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-23T10:00:00Z"), toFake: ["Date"] });
    try {
      request.cookies.set("authjs.session-token", await token("user-6", "authjs.session-token", 60));
      expect(await readSessionUserId()).toBe("user-6");
      vi.setSystemTime(new Date("2026-11-23T10:01:20Z")); // 80 s later: past exp + 15 s tolerance
      expect(await readSessionUserId()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
