/**
 * Starts and kills a production Next.js server (`next start`) for load and crash tests: loopback only, its own
 * process group so SIGKILL reaches every process of it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";

export type AppServer = { child: ChildProcess; port: number; exited: Promise<number | null> };

export type AppServerOptions = { port: number; distDir: string; env: Record<string, string>; logFile: string };

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const log = createWriteStream(options.logFile, { flags: "a" });
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...options.env, QW_DIST_DIR: options.distDir, NODE_OPTIONS: "", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group: killAppServer signals the group
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await waitUntilReady(options.port, exited);
  return { child, port: options.port, exited };
}

async function waitUntilReady(port: number, exited: Promise<number | null>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error("the app server exited while starting (see its log)");
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/auth/session`, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the app server did not answer on port ${port} within ${timeoutMs} ms`);
}

/** SIGKILL to the whole process group: no shutdown hook runs, exactly like a crash or an OOM kill. */
export async function killAppServer(server: AppServer, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  if (server.child.pid === undefined) return;
  try {
    process.kill(-server.child.pid, signal);
  } catch {
    // already gone
  }
  await server.exited;
}
