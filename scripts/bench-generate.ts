/**
 * Benchmark of the question generator: generates from 1x, 10x and 100x the seed corpus (content/; each copy gets
 * distinct document slugs) and prints time per size and throughput in MB/s of document text (UTF-8 bytes).
 * Each size runs after a warm-up; the best of N runs is reported (the machine is shared), with CPU time alongside.
 *
 *   npm run bench:generate [-- --sizes 1,10,100 --runs 3]
 */
import path from "node:path";
import { readContentFolder } from "../lib/content/read-content-folder";
import type { ParsedDocument } from "../lib/content/parse-document";
import { generateQuestions } from "../lib/generate/generate-questions";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const sizes = arg("sizes", "1,10,100")
  .split(",")
  .map((s) => Number.parseInt(s, 10))
  .filter((n) => n > 0);
const runs = Math.max(1, Number.parseInt(arg("runs", "3"), 10) || 3);
const root = path.resolve(arg("content", "content"));

const seed = readContentFolder(root);
if (seed.length === 0) {
  console.error(`No documents in ${root}`);
  process.exit(1);
}

function replicate(k: number): ParsedDocument[] {
  const out: ParsedDocument[] = [];
  for (let i = 0; i < k; i++) for (const d of seed) out.push({ ...d, slug: k === 1 ? d.slug : `${d.slug}-${i + 1}` });
  return out;
}

function bytes(docs: ParsedDocument[]): number {
  return docs.reduce((n, d) => n + Buffer.byteLength(d.body, "utf8"), 0);
}

generateQuestions(seed); // warm-up: loads the NLP models and lets the JIT settle

console.log(`node ${process.version}, ${runs} run(s) per size, best run shown`);
console.log("size   documents    MB      questions  wall ms   cpu ms   MB/s (wall)  MB/s (cpu)");
const rows: { k: number; mb: number; wall: number; cpu: number }[] = [];
for (const k of sizes) {
  const docs = replicate(k);
  const mb = bytes(docs) / 1e6;
  let bestWall = Infinity;
  let bestCpu = Infinity;
  let count = 0;
  for (let r = 0; r < (k >= 100 ? Math.min(runs, 2) : runs); r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    count = generateQuestions(docs).length;
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    bestWall = Math.min(bestWall, wall);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
  }
  rows.push({ k, mb, wall: bestWall, cpu: bestCpu });
  console.log(
    `${`${k}x`.padEnd(6)} ${String(docs.length).padStart(9)} ${mb.toFixed(3).padStart(7)} ${String(count).padStart(12)} ${bestWall
      .toFixed(0)
      .padStart(8)} ${bestCpu.toFixed(0).padStart(8)} ${(mb / (bestWall / 1000)).toFixed(2).padStart(12)} ${(mb / (bestCpu / 1000))
      .toFixed(2)
      .padStart(11)}`,
  );
}
if (rows.length >= 2) {
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const growth = last.wall / first.wall / (last.k / first.k);
  console.log(`time per MB at ${last.k}x vs ${first.k}x: ${growth.toFixed(2)} (1.00 = linear)`);
}
