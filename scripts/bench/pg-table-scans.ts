/**
 * PostgreSQL's own record of how each table was read (pg_stat_user_tables): the load benchmark snapshots it before
 * and after the load, and reports every table that was read by sequential scans meanwhile (and how many rows those
 * scans read): a missing index shows up here as seq_tup_read in the millions.
 */
import pg from "pg";
import { pgConfigFromUrl } from "../db/postgres-databases";

export type TableScans = Record<string, { seqScan: number; seqTupRead: number; idxScan: number; rows: number }>;

export async function withPg<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(pgConfigFromUrl(url));
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Counters as of now. The servers' connections report their statistics when a transaction ends at least 1 s after
 * their last report, or after 10 s idle (PostgreSQL 15), so the snapshot waits 11 s first: the servers are idle
 * by then and everything they did has been counted.
 */
export async function snapshotTableScans(url: string): Promise<TableScans> {
  await new Promise((resolve) => setTimeout(resolve, 11_000));
  return withPg(url, async (client) => {
    const { rows } = await client.query<{ relname: string; seq_scan: string; seq_tup_read: string; idx_scan: string | null; n_live_tup: string }>(
      "SELECT relname, seq_scan, seq_tup_read, idx_scan, n_live_tup FROM pg_stat_user_tables",
    );
    return Object.fromEntries(
      rows.map((r) => [r.relname, { seqScan: Number(r.seq_scan), seqTupRead: Number(r.seq_tup_read), idxScan: Number(r.idx_scan ?? 0), rows: Number(r.n_live_tup) }]),
    );
  });
}

export type ScanDelta = { table: string; seqScans: number; rowsReadBySeqScans: number; indexScans: number; rows: number };

export function diffTableScans(before: TableScans, after: TableScans): ScanDelta[] {
  return Object.entries(after)
    .map(([table, a]) => {
      const b = before[table] ?? { seqScan: 0, seqTupRead: 0, idxScan: 0, rows: 0 };
      return { table, seqScans: a.seqScan - b.seqScan, rowsReadBySeqScans: a.seqTupRead - b.seqTupRead, indexScans: a.idxScan - b.idxScan, rows: a.rows };
    })
    .filter((d) => d.seqScans > 0 || d.indexScans > 0)
    .sort((x, y) => y.rowsReadBySeqScans - x.rowsReadBySeqScans);
}
