import type { NextAuthConfig } from "next-auth";

/**
 * The edge-safe part of the Auth.js configuration, shared by `proxy.ts` and `auth.ts`: no database, no hashing.
 * The proxy only redirects anonymous visitors; every page, action and route handler checks the session and role
 * itself (server/auth/session-user.ts).
 */
export const publicPaths = ["/", "/signin", "/signup"];

/**
 * Cookies: Auth.js makes every cookie httpOnly and SameSite=Lax, and Secure (with the __Secure-/__Host- prefixes)
 * when the request is https. With AUTH_URL set, its scheme decides explicitly, so a TLS-terminating proxy that
 * forgets X-Forwarded-Proto can't downgrade the session cookie to a non-Secure one.
 */
const authUrl = process.env.AUTH_URL;

export const authConfig = {
  pages: { signIn: "/signin" },
  session: { strategy: "jwt" },
  trustHost: true,
  ...(authUrl ? { useSecureCookies: authUrl.startsWith("https://") } : {}),
  callbacks: {
    authorized({ auth, request: { nextUrl } }) {
      const signedIn = Boolean(auth?.user);
      const isPublic = publicPaths.includes(nextUrl.pathname);
      if (isPublic) {
        if (signedIn && (nextUrl.pathname === "/signin" || nextUrl.pathname === "/signup")) {
          return Response.redirect(new URL("/dashboard", nextUrl));
        }
        return true;
      }
      return signedIn; // false: Auth.js redirects to pages.signIn with a callbackUrl
    },
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub;
      return session;
    },
  },
  providers: [],
} satisfies NextAuthConfig;
