import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "@/server/db/apply-migrations";

/** Applies pending migrations, then loads content/ (the seed course) when the seed script exists. */
export async function prepareDatabase() {
  await applyMigrations();
  const scripts = JSON.parse(readFileSync(path.join(process.cwd(), "package.json"), "utf8")).scripts ?? {};
  if (scripts["db:seed"]) {
    const result = spawnSync("npm", ["run", "-s", "db:seed"], { stdio: "inherit", env: process.env });
    if (result.status !== 0) throw new Error("loading the course content (npm run db:seed) failed");
  }
}
