/**
 * No secret in what a browser can download: every file under `<distDir>/static` (client bundles, CSS, media, source
 * maps if any) and every prerendered page (`<distDir>/server/{app,pages}/**` .html/.rsc/.body/.meta).
 *
 * `build:e2e` builds with canary values (BUILD_CANARIES below, repeated in package.json) for AUTH_SECRET and
 * DATABASE_URL, so a server value inlined or prerendered into client output shows up here. Also searched: the
 * e2e server's secret, this process's private-looking environment values, and marks of server code (password
 * hashes, connection strings with credentials, Prisma, private keys).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { e2eAuthSecret, e2eDatabaseUrl } from "@/e2e/env";

const distDir = process.env.QW_DIST_DIR || ".next-e2e";
export const BUILD_CANARIES = {
  AUTH_SECRET: "qw-build-canary-auth-secret-5e1f0c8a9b",
  DATABASE_URL: "file:/tmp/qw-build-canary-5e1f0c8a9b/never-used.db",
};

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, keep));
    else if (entry.isFile() && keep(full)) out.push(full);
  }
  return out;
}

const publicFiles = [
  ...filesUnder(path.join(distDir, "static"), () => true),
  ...filesUnder(path.join(distDir, "server", "app"), (file) => /\.(html|rsc|body|meta)$/.test(file)),
  ...filesUnder(path.join(distDir, "server", "pages"), (file) => /\.(html|json)$/.test(file)),
];

/** Values that must appear nowhere (at least 8 characters, so short values don't match by chance). */
function secretValues(): Map<string, string> {
  const values = new Map<string, string>();
  const add = (label: string, value: string | undefined) => {
    if (value && value.length >= 8) values.set(value, label);
  };
  add("build canary AUTH_SECRET", BUILD_CANARIES.AUTH_SECRET);
  add("build canary DATABASE_URL", BUILD_CANARIES.DATABASE_URL);
  add("e2e AUTH_SECRET", e2eAuthSecret);
  add("e2e DATABASE_URL", e2eDatabaseUrl);
  if (existsSync("data/auth-secret")) add("data/auth-secret", readFileSync("data/auth-secret", "utf8").trim());
  for (const [name, value] of Object.entries(process.env)) {
    if (name.startsWith("NEXT_PUBLIC_")) continue;
    // At least 12 characters: a short value such as PGPASSWORD=password would match ordinary page text.
    if (/SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE|API_KEY|_KEY$|DATABASE_URL|POSTGRES_URL/i.test(name) && (value?.length ?? 0) >= 12) {
      add(`$${name}`, value);
    }
  }
  return values;
}

/** Marks of server-side code or data in client output. */
const serverMarks: [string, RegExp][] = [
  ["a password hash field", /passwordHash/],
  ["an argon2 hash", /\$argon2(id|i|d)\$/],
  ["a connection string with credentials", /postgres(ql)?:\/\/[^\s"'`/]+@/],
  ["a private key", /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ["the Prisma client", /PrismaClient|@prisma\/client|prisma-sqlite|prisma-postgresql/],
  ["a server-only env name", /\b(AUTH_SECRET|DATABASE_URL|AUTH_GITHUB_SECRET|AUTH_GOOGLE_SECRET)\b/],
];

describe(`client-visible build output in ${distDir}`, () => {
  it("exists (run `npm run build:e2e` first)", () => {
    expect(existsSync(path.join(distDir, "BUILD_ID")), `no build in ${distDir}`).toBe(true);
    expect(publicFiles.filter((file) => file.endsWith(".js")).length).toBeGreaterThan(5);
  });

  it("contains no secret value and no mark of server code", () => {
    const values = secretValues();
    const findings: string[] = [];
    let scannedBytes = 0;
    for (const file of publicFiles) {
      if (statSync(file).size > 20 * 1024 * 1024) continue; // no client file is this large; media only
      const text = readFileSync(file, "latin1"); // byte-faithful for ASCII needles, fine for binary files
      scannedBytes += text.length;
      for (const [value, label] of values) if (text.includes(value)) findings.push(`${file}: ${label}`);
      for (const [label, pattern] of serverMarks) {
        const match = pattern.exec(text);
        if (match) findings.push(`${file}: ${label} (…${text.slice(Math.max(0, match.index - 40), match.index + 60)}…)`);
      }
    }
    expect(scannedBytes).toBeGreaterThan(100_000);
    expect(findings).toEqual([]);
  });
});
