import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "@/server/db/client";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";

/**
 * Rate limits on sign-in and sign-up, per client IP and per account (the email typed, whether or not an account
 * exists, so a refusal reveals nothing). Counters live in the database (model RateLimit, rate-limiter-flexible's
 * Prisma store), so every instance sharing a PostgreSQL database enforces one budget; if the database fails, each
 * instance falls back to an in-memory counter.
 *
 * Sign-in counts failures: each attempt consumes a point up front (no race lets a burst through), and a successful
 * sign-in gives the account's points back and returns the IP's point. Sign-up counts every attempt.
 */
export type AuthRateLimitOptions = {
  signInPerIp: number;
  signInPerAccount: number;
  signUpPerIp: number;
  signUpPerAccount: number;
  /** Windows in seconds. */
  signInWindowSeconds: number;
  signUpWindowSeconds: number;
  /** Keeps the counters of separate test runs apart. */
  keyPrefix?: string;
};

export const defaultAuthRateLimits: AuthRateLimitOptions = {
  signInPerIp: 50,
  signInPerAccount: 10,
  signUpPerIp: 20,
  signUpPerAccount: 5,
  signInWindowSeconds: 15 * 60,
  signUpWindowSeconds: 60 * 60,
};

export type AuthAttempt = { ip: string; email: string };
type Kind = "signIn" | "signUp";

export type AuthRateLimits = {
  /** Consumes one attempt of `kind` from the IP's and the account's budget; throws AppError RATE_LIMITED. */
  consume(kind: Kind, attempt: AuthAttempt): Promise<void>;
  /** After a successful sign-in: the account's failures are forgiven, the IP's attempt is returned. */
  forgiveSignIn(attempt: AuthAttempt): Promise<void>;
};

/** Emails are hashed before they become keys: the table holds no addresses people merely typed. */
function accountKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("base64url").slice(0, 32);
}

function createLimiter(keyPrefix: string, points: number, duration: number): RateLimiterAbstract | null {
  if (points <= 0) return null; // switched off
  return new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit", // the Prisma client's accessor for model RateLimit
    keyPrefix,
    points,
    duration,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
  });
}

export function createAuthRateLimits(options: AuthRateLimitOptions): AuthRateLimits {
  const prefix = options.keyPrefix ?? "auth";
  const limiters = {
    signIn: {
      ip: createLimiter(`${prefix}:signin:ip`, options.signInPerIp, options.signInWindowSeconds),
      account: createLimiter(`${prefix}:signin:account`, options.signInPerAccount, options.signInWindowSeconds),
    },
    signUp: {
      ip: createLimiter(`${prefix}:signup:ip`, options.signUpPerIp, options.signUpWindowSeconds),
      account: createLimiter(`${prefix}:signup:account`, options.signUpPerAccount, options.signUpWindowSeconds),
    },
  };

  return {
    async consume(kind, { ip, email }) {
      const { ip: byIp, account: byAccount } = limiters[kind];
      const results = await Promise.allSettled([byIp?.consume(ip), byAccount?.consume(accountKey(email))]);
      let waitMs = 0;
      for (const result of results) {
        if (result.status === "fulfilled") continue;
        if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
        waitMs = Math.max(waitMs, result.reason.msBeforeNext);
      }
      if (waitMs > 0 || results.some((result) => result.status === "rejected")) {
        const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
        const what = kind === "signIn" ? "sign-in" : "sign-up";
        throw new AppError(
          "RATE_LIMITED",
          `Too many ${what} attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`,
        );
      }
    },
    async forgiveSignIn({ ip, email }) {
      await Promise.all([limiters.signIn.account?.delete(accountKey(email)), limiters.signIn.ip?.reward(ip)]);
    },
  };
}

let shared: AuthRateLimits | undefined;

/** The app's limits, from the environment (RATE_LIMIT_* in server/env.ts) over the defaults. */
export function authRateLimits(): AuthRateLimits {
  shared ??= createAuthRateLimits({
    ...defaultAuthRateLimits,
    signInPerIp: env.RATE_LIMIT_SIGNIN_PER_IP ?? defaultAuthRateLimits.signInPerIp,
    signInPerAccount: env.RATE_LIMIT_SIGNIN_PER_ACCOUNT ?? defaultAuthRateLimits.signInPerAccount,
    signUpPerIp: env.RATE_LIMIT_SIGNUP_PER_IP ?? defaultAuthRateLimits.signUpPerIp,
    signUpPerAccount: env.RATE_LIMIT_SIGNUP_PER_ACCOUNT ?? defaultAuthRateLimits.signUpPerAccount,
  });
  return shared;
}
