/**
 * `tsx scripts/bench/profile-summary.ts <file.cpuprofile> [top]`: where a V8 CPU profile (node --cpu-prof, as
 * written by `npm run bench -- --cpu-prof <dir>`) spends its time: self time per function and per package/file,
 * and inclusive time of the hottest frames.
 */
import { readFileSync } from "node:fs";

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error("usage: profile-summary <file.cpuprofile> [top]");
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);

function where(node: Node): string {
  const url = node.callFrame.url;
  if (!url) return `(${node.callFrame.functionName || "native"})`;
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  return url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "");
}
const label = (n: Node) => `${n.callFrame.functionName || "(anonymous)"} ${where(n)}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;

function table(title: string, map: Map<string, number>) {
  console.log(`\n${title}`);
  for (const [key, ms] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`);
  }
}

const selfByFunction = new Map<string, number>();
/** Time with the package/file anywhere on the stack (counted once per sample). */
const inclusiveByModule = new Map<string, number>();
const selfByModule = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const node = byId.get(id)!;
  selfByFunction.set(label(node), (selfByFunction.get(label(node)) ?? 0) + ms);
  selfByModule.set(where(node), (selfByModule.get(where(node)) ?? 0) + ms);
  const seenModules = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const owner = where(byId.get(cur)!);
    if (seenModules.has(owner)) continue;
    seenModules.add(owner);
    inclusiveByModule.set(owner, (inclusiveByModule.get(owner) ?? 0) + ms);
  }
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const key = label(byId.get(cur)!);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
  }
}
console.log(`${file}: ${(total / 1000).toFixed(1)} s sampled`);
table("self time by package / file", selfByModule);
table("inclusive time by package / file (on the stack)", inclusiveByModule);
table("self time by function", selfByFunction);
table("inclusive time by function", inclusive);
