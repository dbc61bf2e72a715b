/**
 * Production app servers for the load benchmark: `next start` from the bench build (QW_DIST_DIR), bound to
 * 127.0.0.1 only, each in its own process group so stopping it reaches every process it spawned.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type AppServer = { port: number; child: ChildProcess; exited: Promise<number | null> };

export type AppServerOptions = {
  port: number;
  distDir: string;
  databaseUrl: string;
  authSecret: string;
  logFile: string;
  /** Extra node flags for the server process (e.g. --cpu-prof). */
  nodeArgs?: string[];
};

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const log = createWriteStream(options.logFile, { flags: "a" });
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), nextBin, "start", "-p", String(options.port), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NODE_OPTIONS: "",
        NEXT_TELEMETRY_DISABLED: "1",
        QW_DIST_DIR: options.distDir,
        DATABASE_URL: options.databaseUrl,
        AUTH_SECRET: options.authSecret,
        PORT: String(options.port),
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const server = { port: options.port, child, exited };
  try {
    await waitUntilReady(options.port, exited);
  } catch (error) {
    await stopAppServer(server);
    throw error;
  }
  return server;
}

async function waitUntilReady(port: number, exited: Promise<number | null>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the app server on port ${port} exited while starting (see its log)`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the app server did not answer on port ${port} within ${timeoutMs / 1000} s`);
}

/** SIGTERM to the server's process group (SIGKILL after 10 s), then waits for it to exit. */
export async function stopAppServer(server: AppServer): Promise<void> {
  const pid = server.child.pid;
  if (pid === undefined || server.child.exitCode !== null) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 10_000);
  await server.exited;
  clearTimeout(timer);
}

/** Fails fast when a port is taken (another engineer's server): the bench must not measure someone else's app. */
export async function assertPortFree(port: number): Promise<void> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
  } catch {
    return;
  }
  throw new Error(`port ${port} is in use; pass --port <another>`);
}

/** CPU time (ms) used so far by the servers: every process in their process groups (Linux /proc). */
export function serverCpuTimeMs(servers: AppServer[]): number {
  return cpuTimeMs(new Set(servers.map((s) => s.child.pid).filter((pid): pid is number => pid !== undefined)));
}

function cpuTimeMs(groups: Set<number>): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command (which may contain spaces): state ppid pgrp ... utime(14) stime(15).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (!groups.has(Number(fields[2]))) continue;
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return (ticks * 1000) / 100; // USER_HZ = 100 on Linux
}

/**
 * Waits until the servers are idle (under 10 % of a core over half a second), at most `maxMs`. When autocannon ends
 * a run it drops its connections, but the server still works through the requests it had accepted (a 500-connection
 * run can leave seconds of queued work); the next run must not start behind that backlog. Returns the time waited
 * (`maxMs` or more: still busy — the caller restarts the servers).
 */
export async function waitUntilIdle(servers: AppServer[], maxMs = 30_000): Promise<number> {
  const groups = new Set(servers.map((s) => s.child.pid).filter((pid): pid is number => pid !== undefined));
  const started = Date.now();
  let before = cpuTimeMs(groups);
  while (Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = cpuTimeMs(groups);
    const busy = (now - before) / 500;
    before = now;
    if (busy < 0.1) break;
  }
  return Date.now() - started;
}
