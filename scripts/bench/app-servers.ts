/**
 * Production app servers for the load benchmark: `next start` from the bench build (QW_DIST_DIR), bound to
 * 127.0.0.1 only, each in its own process group so stopping it reaches every process it spawned.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
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
