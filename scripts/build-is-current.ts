import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const sourceDirs = ["app", "components", "lib", "server", "public"];
const sourceFiles = ["next.config.js", "package.json", "auth.ts", "auth.config.ts", "proxy.ts", "postcss.config.mjs"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True when a production build exists and no source file changed after it was made. */
export function buildIsCurrent(root: string, distDir: string): boolean {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  const newestSource = Math.max(...[...sourceDirs, ...sourceFiles].map((entry) => newestMtime(path.join(root, entry))));
  return newestSource <= builtAt;
}
