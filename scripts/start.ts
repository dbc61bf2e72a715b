/**
 * `npm start`: everything a fresh clone needs to serve the app on the embedded database.
 * 1. an AUTH_SECRET (generated once into data/auth-secret when not set, so sessions survive restarts);
 * 2. pending migrations applied (PostgreSQL instances starting together serialise on an advisory lock);
 * 3. the course content in content/ loaded and its question sets generated (idempotent);
 * 4. a production build, made if missing or older than the sources;
 * 5. `next start` on PORT (default 3000).
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./prepare-database";
import { buildIsCurrent } from "./build-is-current";

const root = process.cwd();
process.env.NEXT_TELEMETRY_DISABLED = "1";

function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  const dataDir = path.join(root, "data");
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`quizwright: \`${command} ${args.join(" ")}\` failed.`);
    process.exit(result.status ?? 1);
  }
}

async function main() {
  ensureAuthSecret();
  await prepareDatabase();
  const distDir = process.env.QW_DIST_DIR ?? ".next";
  if (!buildIsCurrent(root, distDir)) {
    console.log("quizwright: building the app (first start or changed sources)…");
    run("npx", ["next", "build"]);
  }
  const port = process.env.PORT ?? "3000";
  console.log(`quizwright: serving on http://localhost:${port}`);
  const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env: { ...process.env, NODE_OPTIONS: "" } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(`quizwright: start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
