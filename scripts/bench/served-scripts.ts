/**
 * Cross-check of the manifest-based first-load JS (bundles.ts): the `<script src>` files a served page's HTML
 * actually references (except `nomodule` polyfills), fetched from the running server and gzipped (level 9).
 */
import { gzipSync } from "node:zlib";

export async function measureServedScripts(port: number, pagePath: string, cookie: string): Promise<{ files: number; gzipBytes: number; htmlBytes: number }> {
  const base = `http://127.0.0.1:${port}`;
  const html = await (await fetch(`${base}${pagePath}`, { headers: { cookie }, signal: AbortSignal.timeout(30_000) })).text();
  // `nomodule` scripts (the polyfills) are skipped by every browser that runs modules.
  const tags = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const sources = new Set(tags.map((tag) => /\ssrc="([^"]+\.js)"/.exec(tag)?.[1]).filter((src): src is string => Boolean(src)));
  let gzipBytes = 0;
  for (const src of sources) {
    const bytes = Buffer.from(await (await fetch(new URL(src, base), { signal: AbortSignal.timeout(30_000) })).arrayBuffer());
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: sources.size, gzipBytes, htmlBytes: Buffer.byteLength(html) };
}
