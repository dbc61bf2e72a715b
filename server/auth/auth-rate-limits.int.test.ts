import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { createAuthRateLimits, defaultAuthRateLimits } from "./auth-rate-limits";
import { authorizeSignIn, signInRateLimitMessage, SignInRateLimited } from "./authorize-sign-in";
import { registerUser } from "./register-user";

const password = "correct horse battery";
const limits = () =>
  createAuthRateLimits({
    ...defaultAuthRateLimits,
    signInPerIp: 6,
    signInPerAccount: 3,
    signUpPerIp: 4,
    signUpPerAccount: 2,
    keyPrefix: `test-${randomUUID()}`,
  });
const fromIp = (ip: string) => new Request("http://127.0.0.1/api/auth/callback/credentials", { headers: { "x-forwarded-for": ip } });

let email: string;
beforeAll(async () => {
  email = `limited-${randomUUID().slice(0, 8)}@example.test`;
  await registerUser({ name: "Limited", email, password });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("sign-in rate limits (database store)", () => {
  it("refuses an account after its consecutive failures, even with the right password, from any IP", async () => {
    const rl = limits();
    for (let i = 0; i < 3; i += 1) {
      expect(await authorizeSignIn({ email, password: "wrong password!" }, fromIp(`10.0.0.${i}`), rl)).toBeNull();
    }
    const refused = authorizeSignIn({ email, password }, fromIp("10.0.0.99"), rl);
    await expect(refused).rejects.toBeInstanceOf(SignInRateLimited);
    const message = signInRateLimitMessage(await refused.catch((error: unknown) => error));
    expect(message).toMatch(/^Too many sign-in attempts\. Please wait 15 minutes and try again\.$/);
    // The counter is in the database, shared by every instance.
    expect(await db.rateLimit.count({ where: { key: { contains: ":signin:account:" } } })).toBeGreaterThan(0);
  });

  it("treats an unknown email exactly like a known one (no existence leak)", async () => {
    const rl = limits();
    for (let i = 0; i < 3; i += 1) expect(await authorizeSignIn({ email: "nobody@example.test", password }, fromIp("10.1.0.1"), rl)).toBeNull();
    await expect(authorizeSignIn({ email: "nobody@example.test", password }, fromIp("10.1.0.1"), rl)).rejects.toBeInstanceOf(SignInRateLimited);
  });

  it("forgives an account's failures after a successful sign-in", async () => {
    const rl = limits();
    // Per account (3): 2 failures + 1 success per round, twice, would exceed 3 without the forgiveness.
    for (let round = 0; round < 2; round += 1) {
      expect(await authorizeSignIn({ email, password: "wrong password!" }, fromIp("10.2.0.1"), rl)).toBeNull();
      expect(await authorizeSignIn({ email, password: "wrong password!" }, fromIp("10.2.0.1"), rl)).toBeNull();
      expect(await authorizeSignIn({ email, password }, fromIp("10.2.0.1"), rl)).toMatchObject({ email });
    }
    // Per IP (6): a success returns only its own attempt, so the IP's 4 failures still count: 2 more fill it.
    expect(await authorizeSignIn({ email: "x@example.test", password }, fromIp("10.2.0.1"), rl)).toBeNull();
    expect(await authorizeSignIn({ email: "y@example.test", password }, fromIp("10.2.0.1"), rl)).toBeNull();
    await expect(authorizeSignIn({ email, password }, fromIp("10.2.0.1"), rl)).rejects.toBeInstanceOf(SignInRateLimited);
    expect(await authorizeSignIn({ email, password }, fromIp("10.2.0.2"), rl)).toMatchObject({ email });
  });

  it("limits one IP spraying many accounts, and only that IP", async () => {
    const rl = limits();
    for (let i = 0; i < 6; i += 1) {
      expect(await authorizeSignIn({ email: `spray-${i}@example.test`, password }, fromIp("10.3.0.1"), rl)).toBeNull();
    }
    await expect(authorizeSignIn({ email: "spray-new@example.test", password }, fromIp("10.3.0.1"), rl)).rejects.toBeInstanceOf(SignInRateLimited);
    expect(await authorizeSignIn({ email: "spray-new@example.test", password }, fromIp("10.3.0.2"), rl)).toBeNull();
  });

  it("lets no concurrent burst past the limit", async () => {
    const rl = limits();
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => authorizeSignIn({ email: "burst@example.test", password }, fromIp("10.4.0.1"), rl)),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(3);
    expect(results.filter((result) => result.status === "rejected" && result.reason instanceof SignInRateLimited)).toHaveLength(9);
  });
});

describe("sign-up rate limits", () => {
  it("counts every attempt per email and per IP with a RATE_LIMITED error", async () => {
    const rl = limits();
    await rl.consume("signUp", { ip: "10.5.0.1", email: "new@example.test" });
    await rl.consume("signUp", { ip: "10.5.0.2", email: "NEW@example.test " });
    await expect(rl.consume("signUp", { ip: "10.5.0.3", email: "new@example.test" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      status: 429,
      message: "Too many sign-up attempts. Please wait 60 minutes and try again.",
    });
    for (let i = 0; i < 4; i += 1) await rl.consume("signUp", { ip: "10.5.0.9", email: `other-${i}@example.test` }).catch(() => undefined);
    await expect(rl.consume("signUp", { ip: "10.5.0.9", email: "fresh@example.test" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("switches a limit off with 0", async () => {
    const rl = createAuthRateLimits({ ...defaultAuthRateLimits, signUpPerIp: 0, signUpPerAccount: 0, keyPrefix: `off-${randomUUID()}` });
    for (let i = 0; i < 30; i += 1) await rl.consume("signUp", { ip: "10.6.0.1", email: "same@example.test" });
  });
});
