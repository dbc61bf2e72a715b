import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GeneratedQuestion } from "../lib/generate/types";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const CLI = path.join(ROOT, "scripts", "generate.ts");
const FIXTURE = path.join(ROOT, "lib", "generate", "fixtures", "roman-republic.txt");

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("npm run generate", { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "qw-cli-"));
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    fs.writeFileSync(path.join(dir, "blank.md"), " \n\n\t\n");
    fs.writeFileSync(path.join(dir, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    fs.writeFileSync(path.join(dir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe]));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prints a JSON array of questions with --json", async () => {
    const { code, stdout, stderr } = await cli(FIXTURE, "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const questions = JSON.parse(stdout) as GeneratedQuestion[];
    expect(questions.length).toBeGreaterThan(10);
    const body = fs.readFileSync(FIXTURE, "utf8").split("---\n").slice(2).join("---\n");
    for (const q of questions) {
      expect(Object.keys(q).sort()).toEqual(["answer", "difficulty", "explanation", "id", "options", "prompt", "source", "type"]);
      expect(body.slice(q.source.start, q.source.end)).toBe(q.source.sentence);
      expect(q.source.document).toBe("roman-republic");
    }
  });

  it("prints questions readably without --json", async () => {
    const { code, stdout } = await cli(FIXTURE, "--types", "multiple_choice");
    expect(code).toBe(0);
    expect(stdout).toContain("# The Roman Republic (roman-republic):");
    expect(stdout).toMatch(/\[multiple_choice\]/);
    expect(stdout).toMatch(/Options: .+ \| .+ \| .+ \| .+/);
    expect(stdout).not.toMatch(/\[cloze\]/);
  });

  it.each([
    ["a missing file", () => path.join(dir, "nope.txt"), /no such file/],
    ["a directory", () => dir, /is a directory/],
    ["an empty file", () => path.join(dir, "empty.txt"), /is empty/],
    ["a blank file", () => path.join(dir, "blank.md"), /is empty/],
    ["a binary file", () => path.join(dir, "image.png"), /binary file/],
    ["a file that is not UTF-8", () => path.join(dir, "latin1.txt"), /not UTF-8/],
  ])("rejects %s with one line on stderr and a non-zero exit", async (_name, file, message) => {
    const { code, stdout, stderr } = await cli(file(), "--json");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  });

  it("explains its usage", async () => {
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^generate: usage:/);
    const badType = await cli(FIXTURE, "--types", "essay");
    expect(badType.code).toBe(2);
    expect(badType.stderr.trim().split("\n")).toHaveLength(1);
  });
});
