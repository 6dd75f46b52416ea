/**
 * SQL capture for the benchmarks: records the statements the app sends during one measured request, so the
 * slowest one can be EXPLAINed (through the same driver and schema) and its plan printed beside the figures.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Database } from '../../src/server/db/client.ts';

export type Perintah = { text: string; values: unknown[]; ms: number };

/**
 * Records the statements the app sends while `aktif` (to EXPLAIN the slowest query's SQL): on PostgreSQL by
 * wrapping pg.Client#query (the pool's clients), on PGlite by wrapping the instance's `query`.
 */
export function perekam(database: Database) {
  const catat: Perintah[] = [];
  let aktif = false;
  type Fn = (...x: unknown[]) => unknown;
  const bungkus = (asli: Fn) => function (this: unknown, ...a: unknown[]) {
    if (!aktif) return asli.apply(this, a);
    const t0 = performance.now();
    const q = a[0] as string | { text: string; values?: unknown[] };
    const text = typeof q === 'string' ? q : q?.text;
    const values = ((typeof q === 'string' ? a[1] : q?.values ?? a[1]) ?? []) as unknown[];
    const simpan = () => { if (text) catat.push({ text, values: Array.isArray(values) ? values : [], ms: performance.now() - t0 }); };
    // pg's Pool#query calls Client#query with a callback; drizzle's PGlite session awaits a promise.
    const cb = a.at(-1);
    if (typeof cb === 'function') {
      a[a.length - 1] = (...x: unknown[]) => {
        simpan();
        return (cb as Fn)(...x);
      };
      return asli.apply(this, a);
    }
    const r = asli.apply(this, a) as Promise<unknown>;
    if (r && typeof r.then === 'function') return r.then((x) => { simpan(); return x; });
    return r;
  };
  const lite = (database as unknown as { pglite?: { query: Fn } }).pglite;
  const asliPg = pg.Client.prototype.query;
  if (lite) lite.query = bungkus(lite.query.bind(lite));
  else pg.Client.prototype.query = bungkus(asliPg as unknown as Fn) as never;
  return {
    async rekam(f: () => Promise<unknown>): Promise<Perintah[]> {
      catat.length = 0;
      aktif = true;
      try {
        await f();
      } finally {
        aktif = false;
      }
      return [...catat];
    },
    lepas() {
      if (!lite) pg.Client.prototype.query = asliPg;
    },
  };
}

/** EXPLAIN (ANALYZE, BUFFERS) of a captured statement, through the same driver. */
export async function jelaskan(database: Database, p: Perintah, pgUrl: string): Promise<string[]> {
  const lite = (database as unknown as { pglite?: { query: (q: string, v: unknown[]) => Promise<{ rows: Array<Record<string, string>> }> } }).pglite;
  const q = `EXPLAIN (ANALYZE, BUFFERS) ${p.text}`;
  if (lite) return (await lite.query(q, p.values)).rows.map((r) => Object.values(r)[0]!);
  const c = new pg.Client({ connectionString: pgUrl, options: database.schema ? `-c search_path=${database.schema}` : undefined });
  await c.connect();
  try {
    return (await c.query(q, p.values as unknown[])).rows.map((r: Record<string, string>) => Object.values(r)[0]!);
  } finally {
    await c.end();
  }
}
