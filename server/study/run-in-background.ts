import "server-only";

/**
 * A tiny in-process job queue: jobs run one after another, off the request path (the request that enqueues returns
 * at once). One at a time so that optimizer runs never take both cores of a small server away from requests.
 * Jobs are lost if the process exits; callers keep their state in the database (ParameterFit rows) and treat
 * rows left running for too long as failed.
 */
const globalForQueue = globalThis as typeof globalThis & { __qwJobQueue?: Promise<void> };

export function runInBackground(label: string, job: () => Promise<void>): Promise<void> {
  const previous = globalForQueue.__qwJobQueue ?? Promise.resolve();
  const next = previous.then(job).catch((error: unknown) => {
    console.error(`background job ${label} failed`, error);
  });
  globalForQueue.__qwJobQueue = next;
  return next;
}
