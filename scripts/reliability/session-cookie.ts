import { encode } from "next-auth/jwt";

/** Auth.js's session cookie on plain http (on https it is `__Secure-authjs.session-token`). */
export const SESSION_COOKIE = "authjs.session-token";

/**
 * A session cookie for `user`, minted the way Auth.js does it (an encrypted JWT whose salt is the cookie name), so
 * load tests skip the sign-in form (and its rate limits and argon2 cost) for hundreds of simulated users.
 */
export async function mintSessionCookie(user: { id: string; email: string; name: string | null }, secret: string): Promise<string> {
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name },
    secret,
    salt: SESSION_COOKIE,
    maxAge: 4 * 60 * 60,
  });
  return `${SESSION_COOKIE}=${token}`;
}
