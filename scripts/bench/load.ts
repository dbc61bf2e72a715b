/**
 * The load runner: autocannon against one or more app servers on 127.0.0.1, with per-request paths, cookies and
 * bodies from a scenario, and every response's status and latency recorded here (autocannon reports no p95, and
 * two servers driven in parallel need their latencies merged). Latency = from the moment the request is built and
 * written (one request in flight per connection) to its complete response.
 */
import autocannon from "autocannon";

export type RequestSpec = {
  method: "GET" | "POST" | "PUT";
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Called with the response (not called when the request timed out or the run ended first). */
  done?: (status: number, body: string) => void;
  /** Not measured: sent only because the scenario ran out of work (its run is being stopped). */
  filler?: boolean;
};

export type Scenario = {
  key: string;
  label: string;
  /** The next request; called once per request, from any connection. */
  next: () => RequestSpec;
  /** True once the scenario has nothing left to send (e.g. every open attempt submitted): the run stops early. */
  exhausted?: () => boolean;
};

export type LoadResult = {
  scenario: string;
  connections: number;
  instances: number;
  durationSec: number;
  /** The scenario ran out of work before the duration ended. */
  stoppedEarly: boolean;
  responses: number;
  ok: number;
  non2xx: number;
  timeouts: number;
  /** Connection errors and timeouts (autocannon's `errors`). */
  errors: number;
  statuses: Record<string, number>;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Server CPU time per response (set by the phase, which knows the server processes). */
  serverCpuMsPerRequest: number;
  /** Connections the kernel dropped from a full accept queue during the run (system-wide; set by the phase). */
  listenOverflows: number;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

type Context = { spec?: RequestSpec; sentAt?: number };

/**
 * Drives `scenario` for `durationSec` with `connections` keep-alive connections split evenly across `ports`
 * (one autocannon instance per port, run in parallel). One request in flight per connection (no pipelining).
 */
export async function runLoad(options: {
  scenario: Scenario;
  ports: number[];
  connections: number;
  durationSec: number;
  timeoutSec?: number;
}): Promise<LoadResult> {
  const { scenario, ports, connections, durationSec } = options;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let ok = 0;
  let non2xx = 0;
  const started = performance.now();
  let stoppedAt: number | null = null;
  const instances: autocannon.Instance[] = [];
  const stopAll = () => {
    if (stoppedAt !== null) return;
    stoppedAt = performance.now();
    for (const instance of instances) instance.stop();
  };
  const runs = ports.map((port, index) => {
    const share = Math.floor(connections / ports.length) + (index < connections % ports.length ? 1 : 0);
    return new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${port}`,
          connections: share,
          duration: durationSec,
          timeout: options.timeoutSec ?? 10,
          pipelining: 1,
          requests: [
            {
              setupRequest: (request, rawContext) => {
                const context = rawContext as Context;
                let spec: RequestSpec;
                if (scenario.exhausted?.()) {
                  setImmediate(stopAll);
                  spec = { method: "GET", path: "/api/health", filler: true };
                } else spec = scenario.next();
                context.spec = spec;
                context.sentAt = performance.now();
                const headers: Record<string, string> = { ...(spec.headers ?? {}) };
                if (spec.body !== undefined) headers["content-type"] ??= "application/json";
                return { ...request, method: spec.method, path: spec.path, headers, body: spec.body ?? "" };
              },
              onResponse: (status, body, rawContext) => {
                const context = rawContext as Context;
                const spec = context.spec;
                if (!spec || spec.filler || context.sentAt === undefined) return;
                latencies.push(performance.now() - context.sentAt);
                statuses[status] = (statuses[status] ?? 0) + 1;
                if (status >= 200 && status < 300) ok++;
                else non2xx++;
                spec.done?.(status, body);
              },
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      instances.push(instance);
    });
  });
  const results = await Promise.all(runs);
  // A run stopped early (scenario exhausted) is measured over the time it ran.
  const elapsedSec = stoppedAt !== null ? (stoppedAt - started) / 1000 : durationSec;
  latencies.sort((a, b) => a - b);
  const timeouts = results.reduce((sum, r) => sum + r.timeouts, 0);
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  return {
    scenario: scenario.key,
    connections,
    instances: ports.length,
    durationSec: Number(elapsedSec.toFixed(2)),
    stoppedEarly: stoppedAt !== null,
    responses: latencies.length,
    ok,
    non2xx,
    timeouts,
    errors,
    statuses,
    rps: latencies.length / elapsedSec,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? Number.NaN,
    serverCpuMsPerRequest: Number.NaN,
    listenOverflows: 0,
  };
}
