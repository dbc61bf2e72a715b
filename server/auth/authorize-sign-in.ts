import "server-only";
// next-auth re-exports this class from @auth/core (importing it from "next-auth" would pull Next into unit tests).
import { CredentialsSignin } from "@auth/core/errors";
import { readClientIp } from "@/lib/security/read-client-ip";
import { isAppError } from "@/server/errors";
import { authRateLimits, type AuthRateLimits } from "./auth-rate-limits";
import { verifyCredentials } from "./verify-credentials";

/** Thrown from the Credentials provider's `authorize` when the IP or the account used up its attempts. */
export class SignInRateLimited extends CredentialsSignin {
  override code = "rate_limited";
  /** Safe to show (Auth.js appends a link to its own docs to `message`). */
  readonly userMessage: string;

  constructor(userMessage: string) {
    super(userMessage);
    this.userMessage = userMessage;
  }
}

/** The message to show when `error` is a rate-limited sign-in, else null. */
export function signInRateLimitMessage(error: unknown): string | null {
  if (!(error instanceof CredentialsSignin) || error.code !== "rate_limited") return null;
  return error instanceof SignInRateLimited ? error.userMessage : "Too many sign-in attempts. Please wait and try again.";
}

/**
 * The Credentials provider's `authorize`: rate limits (per IP and per typed email), then the password check.
 * It runs for the sign-in form's server action and for direct POSTs to /api/auth/callback/credentials alike.
 */
export async function authorizeSignIn(credentials: unknown, request: Request, limits: AuthRateLimits = authRateLimits()) {
  const rawEmail = (credentials as { email?: unknown } | null | undefined)?.email;
  const attempt = { ip: readClientIp(request.headers), email: typeof rawEmail === "string" ? rawEmail.slice(0, 254) : "" };
  try {
    await limits.consume("signIn", attempt);
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") throw new SignInRateLimited(error.message);
    throw error;
  }
  const user = await verifyCredentials(credentials);
  if (user) await limits.forgiveSignIn(attempt);
  return user;
}
