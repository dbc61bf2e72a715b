import "server-only";
import { z } from "zod";
import { databaseUrlSchema } from "@/lib/database-url";

/**
 * The server's environment, validated once (create-t3-app style). Read configuration through `env`, never through
 * `process.env` directly, so a typo or a missing secret fails at start-up with a clear message.
 *
 * To add a variable: add it to `schema` below (optional unless the app cannot run without it).
 */

/** Empty strings (e.g. `FOO=` in a shell or compose file) mean "unset". */
const optionalString = z.preprocess((value) => (value === "" ? undefined : value), z.string().min(1).optional());
/** A non-negative whole number given as a string; empty means unset. */
const optionalCount = z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(0).optional());

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** Unset: the embedded SQLite database file:./data/quizwright.db. `postgresql://...`: PostgreSQL. */
    DATABASE_URL: z.preprocess((value) => (value === "" ? undefined : value), databaseUrlSchema.optional()),
    /** Auth.js signing/encryption secret; required in production (generate with `openssl rand -base64 33`). */
    AUTH_SECRET: optionalString,
    AUTH_GITHUB_ID: optionalString,
    AUTH_GITHUB_SECRET: optionalString,
    AUTH_GOOGLE_ID: optionalString,
    AUTH_GOOGLE_SECRET: optionalString,
    /**
     * Sign-in/sign-up rate limits: attempts allowed per window (sign-in 15 min, counting failures; sign-up 1 hour);
     * 0 switches that limit off. Unset: the defaults in server/auth/auth-rate-limits.ts.
     */
    RATE_LIMIT_SIGNIN_PER_IP: optionalCount,
    RATE_LIMIT_SIGNIN_PER_ACCOUNT: optionalCount,
    RATE_LIMIT_SIGNUP_PER_IP: optionalCount,
    RATE_LIMIT_SIGNUP_PER_ACCOUNT: optionalCount,
  })
  .superRefine((value, ctx) => {
    // `next build` runs with NODE_ENV=production but has no secrets; the running server must have them.
    const building = process.env.NEXT_PHASE === "phase-production-build";
    if (value.NODE_ENV === "production" && !building && !value.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET is required in production" });
    }
    for (const provider of ["GITHUB", "GOOGLE"] as const) {
      if (Boolean(value[`AUTH_${provider}_ID`]) !== Boolean(value[`AUTH_${provider}_SECRET`])) {
        ctx.addIssue({
          code: "custom",
          path: [`AUTH_${provider}_ID`],
          message: `set both AUTH_${provider}_ID and AUTH_${provider}_SECRET, or neither`,
        });
      }
    }
  });

export type Env = z.infer<typeof schema>;

/** Validates an environment (exported for tests); throws one error listing every problem. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment variables:\n${problems}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
