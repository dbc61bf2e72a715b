import "server-only";
import { cookies, headers } from "next/headers";
import { decode } from "next-auth/jwt";

/**
 * The signed-in user's id from the Auth.js session cookie (JWT sessions), for `getSessionUser`.
 *
 * Why not `auth()`: in a route handler or server component Auth.js's `auth()` runs its whole `session` endpoint for
 * every call — a synthetic Request, cookie parsing, JWE decryption (an HKDF key derivation + AES), the jwt/session
 * callbacks, then it re-encrypts a refreshed token (another HKDF + AES) into a Set-Cookie header and a JSON Response
 * that are thrown away (only the proxy's refreshed cookie reaches the browser). The load benchmark (npm run bench,
 * docs/benchmarks.md) measured that as a large share of a review submit's CPU time. Here: the same cookie name and
 * chunking rules, the same `decode` (expiry checked with Auth.js's 15 s tolerance), and no re-encryption.
 *
 * Verified tokens are remembered (bounded, until their own expiry): a token string that decrypted once always
 * decrypts to the same payload, so the next request of the same session skips the crypto. The database lookup of
 * the user (role, existence) in getSessionUser still happens on every request.
 */

const COOKIE = "authjs.session-token";
const CACHE_LIMIT = 5000;
const verified = new Map<string, { userId: string; expiresAtMs: number }>();

/**
 * Auth.js's choice of the `__Secure-` name (createActionURL + useSecureCookies): the scheme of AUTH_URL (or
 * NEXTAUTH_URL) when set, else the request's x-forwarded-proto, else https.
 */
function cookieName(forwardedProto: string | null): string {
  const envUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  const scheme = envUrl ? new URL(envUrl).protocol : `${(forwardedProto ?? "https").replace(/:$/, "")}:`;
  return scheme === "https:" ? `__Secure-${COOKIE}` : COOKIE;
}

/** Auth.js's secrets: AUTH_SECRET (or NEXTAUTH_SECRET), or AUTH_SECRET_1, _2, ... for rotation. */
function secrets(): string[] {
  const numbered: string[] = [];
  for (let i = 1; process.env[`AUTH_SECRET_${i}`]; i++) numbered.push(process.env[`AUTH_SECRET_${i}`]!);
  if (numbered.length > 0) return numbered;
  const single = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  return single ? [single] : [];
}

export async function readSessionUserId(): Promise<string | null> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const name = cookieName(headerStore.get("x-forwarded-proto"));
  // A token too large for one cookie is split into name.0, name.1, ... (Auth.js's SessionStore).
  const whole = cookieStore.get(name)?.value;
  const token =
    whole ??
    cookieStore
      .getAll()
      .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)))
      .map((c) => c.value)
      .join("");
  if (!token) return null;

  const now = Date.now();
  const known = verified.get(token);
  if (known) {
    if (known.expiresAtMs > now) return known.userId;
    verified.delete(token);
    return null;
  }
  const secret = secrets();
  if (secret.length === 0) return null;
  let payload;
  try {
    payload = await decode({ token, secret, salt: name });
  } catch {
    return null; // tampered, foreign secret, expired: no session
  }
  const userId = typeof payload?.sub === "string" && payload.sub ? payload.sub : null;
  if (!userId) return null;
  // Auth.js accepts a token up to 15 s after `exp`; without `exp` it is never cached.
  const expiresAtMs = typeof payload?.exp === "number" ? payload.exp * 1000 + 15_000 : 0;
  if (expiresAtMs > now) {
    if (verified.size >= CACHE_LIMIT) verified.delete(verified.keys().next().value!);
    verified.set(token, { userId, expiresAtMs });
  }
  return userId;
}
