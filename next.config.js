import { existsSync, writeFileSync } from "node:fs";

// Several builds may coexist (tests, benchmarks, parallel work): QW_DIST_DIR picks the output folder. Next adds
// each build folder's type paths to the tsconfig it uses, so builds into another folder get their own throwaway
// tsconfig that extends the real one (git-ignored) and leave tsconfig.json untouched.
const distDir = process.env.QW_DIST_DIR || ".next";
let tsconfigPath = "tsconfig.json";
if (distDir !== ".next") {
  tsconfigPath = `tsconfig.dist-${distDir.replace(/[^a-zA-Z0-9_-]/g, "")}.json`;
  if (!existsSync(tsconfigPath)) writeFileSync(tsconfigPath, `${JSON.stringify({ extends: "./tsconfig.json" }, null, 2)}\n`);
}

// Security headers on every response (pages, route handlers, static files); asserted by e2e/security.spec.ts.
// Scripts: 'unsafe-inline' rather than per-request nonces. Next's App Router streams inline <script> tags (flight
// data); nonces would need proxy.ts to mint one per request and would make every page dynamic and uncacheable. The
// residual XSS risk is handled at the source instead: React escapes all text, and a unit test
// (test/security/source-patterns.test.ts) fails on dangerouslySetInnerHTML, eval and new Function. No
// 'unsafe-eval' in production; `next dev` needs it for React Refresh.
const development = process.env.NODE_ENV === "development";
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${development ? " ws: wss:" : ""}`,
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  // OAuth sign-in posts to our own server action, which redirects to the provider (Chromium checks redirects).
  "form-action 'self' https://github.com https://accounts.google.com",
  "frame-ancestors 'none'",
].join("; ");
const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir,
  // Native and wasm packages are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "@open-spaced-repetition/binding",
    "@node-rs/argon2",
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "pdfjs-dist",
    "mammoth",
  ],
  poweredByHeader: false,
  env: {
    // Inlined at build time: "1" only in builds made with QW_TEST_CLOCK=1 for e2e tests (see server/clock.ts).
    QW_TEST_CLOCK: process.env.QW_TEST_CLOCK === "1" ? "1" : "0",
  },
  typescript: {
    // The test command type-checks the whole project (`npm run typecheck`) before building; checking again here
    // would only double the build time on a 2-core machine.
    ignoreBuildErrors: true,
    tsconfigPath,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403.
    authInterrupts: true,
    // Document uploads (up to 5 MB, lib/content/extract-document-text.ts) go through a server action.
    serverActions: { bodySizeLimit: "6mb" },
  },
};

export default nextConfig;
