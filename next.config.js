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
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403.
    authInterrupts: true,
  },
};

export default nextConfig;
