/**
 * First-load JS per page route of a production build (Turbopack, Next 16), gzipped.
 *
 * What is counted: the JS files a browser must fetch to render the route on a first visit, i.e. the build's
 * `rootMainFiles` (runtime, React, Next client; build-manifest.json) plus every file in the `entryJSFiles` of the
 * route's client reference manifest (server/app/<route>/page_client-reference-manifest.js): the chunks of the root
 * and group layouts, the page, and the error/not-found/forbidden boundaries in its tree. Polyfills (`nomodule`,
 * never loaded by current browsers) are left out. Each file is gzipped at level 9 and counted once per route.
 * Chunks loaded later (next/dynamic, route prefetches) are not first-load JS and are not counted.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type RouteBundle = { route: string; files: number; rawBytes: number; gzipBytes: number };

function walk(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, found);
    else if (entry === "page_client-reference-manifest.js") found.push(full);
  }
  return found;
}

export function measureFirstLoadJs(distDir: string): RouteBundle[] {
  const buildManifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const root = buildManifest.rootMainFiles ?? [];
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const size = (file: string) => {
    let known = sizes.get(file);
    if (!known) {
      const full = path.join(distDir, file.replace(/^\/_next\//, ""));
      const bytes = existsSync(full) ? readFileSync(full) : Buffer.alloc(0);
      known = { raw: bytes.length, gzip: bytes.length ? gzipSync(bytes, { level: 9 }).length : 0 };
      sizes.set(file, known);
    }
    return known;
  };
  const appDir = path.join(distDir, "server", "app");
  const routes: RouteBundle[] = [];
  for (const manifestFile of walk(appDir)) {
    const source = readFileSync(manifestFile, "utf8");
    const start = source.indexOf("= {");
    const manifest = JSON.parse(source.slice(start + 2).replace(/;\s*$/, "")) as { entryJSFiles?: Record<string, string[]> };
    const files = new Set(root);
    for (const list of Object.values(manifest.entryJSFiles ?? {})) for (const f of list) files.add(f);
    const route = `/${path.relative(appDir, path.dirname(manifestFile)).split(path.sep).join("/")}`.replace(/\/$/, "") || "/";
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const s = size(f);
      raw += s.raw;
      gzip += s.gzip;
    }
    routes.push({ route: route === "" ? "/" : route, files: files.size, rawBytes: raw, gzipBytes: gzip });
  }
  return routes.filter((r) => !r.route.startsWith("/_")).sort((a, b) => a.route.localeCompare(b.route));
}
