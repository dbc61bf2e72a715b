import "server-only";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";

/** Join attempts per user per hour: plenty for joining classes, useless for guessing 595 million codes. */
export const JOIN_ATTEMPTS_PER_HOUR = 30;

let limiter: RateLimiterAbstract | undefined;

/**
 * Counts one join attempt of `userId` (shared database store, like the sign-in limits); throws RATE_LIMITED once the
 * hour's budget is spent. Without it a signed-in account could try join codes as fast as the server answers (issue 6).
 */
export async function limitJoinAttempts(userId: string): Promise<void> {
  limiter ??= new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix: "class:join",
    points: JOIN_ATTEMPTS_PER_HOUR,
    duration: 3600,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: "class:join", points: JOIN_ATTEMPTS_PER_HOUR, duration: 3600 }),
  });
  try {
    await limiter.consume(userId);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const minutes = Math.max(1, Math.ceil(error.msBeforeNext / 60_000));
    throw new AppError("RATE_LIMITED", `Too many attempts to join a class. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`, {
      code: ["Too many attempts. Wait a while and try again."],
    });
  }
}
