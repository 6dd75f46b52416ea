import { sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../db/client.ts';

/**
 * Live events across server processes (DESIGN.md §4 "Live events"): published with `pg_notify` inside
 * the caller's transaction — so an event is delivered only if the change commits — and received through
 * one `LISTEN` per process, then fanned out in-process to subscribers (SSE streams). The same code path
 * runs on PGlite (in-process NOTIFY) and on PostgreSQL (any process can serve any board).
 *
 * One channel per database schema (`sikap_<schema>`), so test runs in separate schemas on one server do
 * not hear each other. A payload must stay small (PostgreSQL's limit is 8000 bytes): send ids, ticket
 * numbers and counts, never personal data.
 */
export interface EventBus {
  /** Publishes `data` under `topik` (e.g. `antrian:lokasi:3`) when `tx` commits. */
  publish(tx: DbOrTx, topik: string, data: unknown): Promise<void>;
  /** Calls `cb` for every event of `topik` (from any process). Returns the unsubscribe function. */
  subscribe(topik: string, cb: (data: unknown) => void): () => void;
  /** Starts listening (idempotent). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Current number of in-process subscribers (for /health and the benchmark). */
  readonly jumlahPelanggan: number;
}

const MAKS_BYTE = 7900;

export function createEventBus(database: Database, schema?: string): EventBus {
  const channel = `sikap_${schema ?? 'public'}`;
  const subs = new Map<string, Set<(data: unknown) => void>>();
  let unlisten: (() => Promise<void>) | null = null;
  let starting: Promise<void> | null = null;
  let count = 0;

  const deliver = (payload: string) => {
    let msg: { t: string; d: unknown };
    try {
      msg = JSON.parse(payload) as { t: string; d: unknown };
    } catch {
      return;
    }
    const set = subs.get(msg.t);
    if (!set) return;
    for (const cb of [...set]) {
      try {
        cb(msg.d);
      } catch {
        /* a broken subscriber must not stop the others */
      }
    }
  };

  return {
    async publish(tx, topik, data) {
      const payload = JSON.stringify({ t: topik, d: data });
      if (Buffer.byteLength(payload) > MAKS_BYTE) throw new Error(`Event ${topik} terlalu besar (${payload.length} byte)`);
      await tx.execute(sql`select pg_notify(${channel}, ${payload})`);
    },
    subscribe(topik, cb) {
      let set = subs.get(topik);
      if (!set) subs.set(topik, (set = new Set()));
      set.add(cb);
      count++;
      return () => {
        if (set.delete(cb)) count--;
        if (set.size === 0) subs.delete(topik);
      };
    },
    start() {
      starting ??= database.listen(channel, deliver).then((u) => {
        unlisten = u;
      });
      return starting;
    },
    async stop() {
      await starting?.catch(() => undefined);
      const u = unlisten;
      unlisten = null;
      starting = null;
      await u?.();
    },
    get jumlahPelanggan() {
      return count;
    },
  };
}
