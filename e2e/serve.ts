/**
 * Serves the production build for Playwright on a fresh SQLite database: migrations applied, course content
 * loaded, and an admin account made first (so accounts the tests sign up are students, as on a live install).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { e2eAdmin, e2eAuthSecret, e2eDataDir, e2eDatabaseUrl, e2ePort } from "./env";

async function main() {
  rmSync(e2eDataDir, { recursive: true, force: true });
  mkdirSync(e2eDataDir, { recursive: true });
  process.env.DATABASE_URL = e2eDatabaseUrl;
  process.env.AUTH_SECRET = e2eAuthSecret;
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  // Every test signs in from 127.0.0.1: lift the per-IP limits; per-account limits stay at their defaults (each
  // test has its own accounts), and e2e/security.spec.ts checks one of them.
  process.env.RATE_LIMIT_SIGNIN_PER_IP ??= "100000";
  process.env.RATE_LIMIT_SIGNUP_PER_IP ??= "100000";
  const distDir = process.env.QW_DIST_DIR ?? ".next";
  if (!existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`no production build in ${distDir}: run \`npm run build\` first`);

  const { prepareDatabase } = await import("../scripts/prepare-database");
  await prepareDatabase();
  const { registerUser } = await import("../server/auth/register-user");
  const admin = await registerUser(e2eAdmin);
  if (admin.role !== "admin") throw new Error("the e2e database was not fresh: the first account is not the admin");

  const server = spawn("npx", ["next", "start", "-p", String(e2ePort), "-H", "127.0.0.1"], {
    stdio: "inherit",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(`e2e server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
