/**
 * The no-op route: a tiny JSON answer with no session, no database and no body parsing. Load benchmarks
 * (`npm run bench`, scripts/bench/) measure it in the same run as the real routes: it is the framework's floor on
 * the machine, and each route's throughput is reported as a ratio to it. Also usable as a liveness probe.
 */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true });
}
