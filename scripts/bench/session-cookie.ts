/**
 * Session cookies for load tests, minted the way Auth.js v5 mints them (JWT sessions): an encrypted JWT
 * (`encode` from next-auth/jwt, salt = the cookie name) in the `authjs.session-token` cookie, which is the name
 * Auth.js uses over plain http (no `__Secure-` prefix). The app reads only `sub` (the user id) from it.
 */
import { encode } from "next-auth/jwt";

export const SESSION_COOKIE = "authjs.session-token";

export type CookieUser = { id: string; email: string; name: string | null };

export async function mintSessionCookie(user: CookieUser, secret: string): Promise<string> {
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name },
    secret,
    salt: SESSION_COOKIE,
    maxAge: 24 * 60 * 60,
  });
  return `${SESSION_COOKIE}=${token}`;
}

/** Cookies for many users, concurrently in small groups (encode is async crypto). */
export async function mintSessionCookies(users: CookieUser[], secret: string): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  const GROUP = 100;
  for (let i = 0; i < users.length; i += GROUP) {
    const group = users.slice(i, i + GROUP);
    const minted = await Promise.all(group.map((user) => mintSessionCookie(user, secret)));
    group.forEach((user, j) => cookies.set(user.id, minted[j]!));
  }
  return cookies;
}
