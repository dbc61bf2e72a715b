import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { authConfig } from "./auth.config";
import { db } from "@/server/db/client";
import { authorizeSignIn } from "@/server/auth/authorize-sign-in";

// OAuth providers switch on when their keys are set (Auth.js reads AUTH_GITHUB_ID/SECRET, AUTH_GOOGLE_ID/SECRET).
const oauthProviders = [
  { id: "github", name: "GitHub", provider: GitHub, enabled: Boolean(process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET) },
  { id: "google", name: "Google", provider: Google, enabled: Boolean(process.env.AUTH_GOOGLE_ID && process.env.AUTH_GOOGLE_SECRET) },
].filter((entry) => entry.enabled);

/** Shown as buttons on the sign-in page. */
export const enabledOAuthProviders = oauthProviders.map(({ id, name }) => ({ id, name }));

const providers: Provider[] = [
  Credentials({
    credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
    // Rate-limited per IP and per account, then the password check (server/auth/authorize-sign-in.ts).
    authorize: (credentials, request) => authorizeSignIn(credentials, request),
  }),
  ...oauthProviders.map((entry) => entry.provider),
];

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  // The adapter links OAuth accounts to users; sessions stay JWTs (required with the Credentials provider).
  adapter: PrismaAdapter(db as never),
  providers,
});
