import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { StatusNotifikasi } from '../../../contracts/notifikasi.ts';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { notifikasiOutbox } from './notifikasi.table.ts';

/**
 * Queries of module `notifikasi` (no decisions). Instants are passed as ISO text cast to timestamptz so
 * both drivers bind them the same way. Every write after a claim is conditional on `status = 'dikirim'
 * and percobaan = <the claim's attempt>`: a worker whose lease expired (and whose message another worker
 * re-claimed) cannot overwrite the newer outcome.
 */

export type PesanDiklaim = {
  id: number;
  kunci: string;
  kanal: 'whatsapp' | 'sms';
  tujuanEnc: string | null;
  templat: string;
  data: Record<string, unknown>;
  /** The attempt number of this claim (1 for the first send). */
  percobaan: number;
};

const iso = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * Claims up to `batas` due messages in one atomic statement: queued ones whose `jadwal` has come, and
 * `dikirim` ones whose worker's lease expired (it crashed mid-send). `FOR UPDATE SKIP LOCKED` lets
 * concurrent workers (other processes on one PostgreSQL) take disjoint sets; the row is then `dikirim`
 * with a lease until `now + leaseMs` and its attempt counter already incremented.
 */
export async function klaim(db: DbOrTx, o: { now: Date; leaseMs: number; batas: number }): Promise<PesanDiklaim[]> {
  const rows = await queryRows<{
    id: number | string; kunci: string; kanal: 'whatsapp' | 'sms'; tujuan_enc: string | null; templat: string;
    data: unknown; percobaan: number;
  }>(db, sql`
    update notifikasi_outbox o
       set status = 'dikirim', percobaan = o.percobaan + 1, dikunci_sampai = ${iso(new Date(o.now.getTime() + o.leaseMs))}
     where o.id in (
       select id from notifikasi_outbox
        where (status = 'menunggu' and jadwal <= ${iso(o.now)})
           or (status = 'dikirim' and (dikunci_sampai is null or dikunci_sampai <= ${iso(o.now)}))
        order by jadwal, id
        limit ${o.batas}
        for update skip locked)
    returning o.id, o.kunci, o.kanal, o.tujuan_enc, o.templat, o.data, o.percobaan`);
  return rows
    .map((r) => ({
      id: Number(r.id), kunci: r.kunci, kanal: r.kanal, tujuanEnc: r.tujuan_enc, templat: r.templat,
      data: (typeof r.data === 'string' ? JSON.parse(r.data) : r.data ?? {}) as Record<string, unknown>, percobaan: r.percobaan,
    }))
    .sort((a, b) => a.id - b.id);
}

const milikKlaim = (id: number, percobaan: number) =>
  and(eq(notifikasiOutbox.id, id), eq(notifikasiOutbox.status, 'dikirim'), eq(notifikasiOutbox.percobaan, percobaan));

/** Marks a claimed message as accepted by the gateway. @returns false when the claim was lost. */
export async function tandaiTerkirim(db: DbOrTx, id: number, percobaan: number, o: { idPenyedia: string | null; pada: Date }) {
  const r = await db.update(notifikasiOutbox)
    .set({ status: 'terkirim', idPenyedia: o.idPenyedia, terkirimPada: o.pada, dikunciSampai: null, galatTerakhir: null })
    .where(milikKlaim(id, percobaan))
    .returning({ id: notifikasiOutbox.id });
  return r.length > 0;
}

/** Puts a claimed message back in the queue for another attempt at `jadwal`. */
export async function jadwalkanUlang(db: DbOrTx, id: number, percobaan: number, o: { jadwal: Date; galat: string }) {
  const r = await db.update(notifikasiOutbox)
    .set({ status: 'menunggu', jadwal: o.jadwal, dikunciSampai: null, galatTerakhir: o.galat })
    .where(milikKlaim(id, percobaan))
    .returning({ id: notifikasiOutbox.id });
  return r.length > 0;
}

/** Gives up on a claimed message (permanent error or attempts exhausted). */
export async function tandaiGagal(db: DbOrTx, id: number, percobaan: number, galat: string) {
  const r = await db.update(notifikasiOutbox)
    .set({ status: 'gagal', dikunciSampai: null, galatTerakhir: galat })
    .where(milikKlaim(id, percobaan))
    .returning({ id: notifikasiOutbox.id });
  return r.length > 0;
}

/** One page of the outbox, newest first, optionally of one status. */
export async function daftar(db: DbOrTx, o: { status?: StatusNotifikasi; limit: number; offset: number }) {
  const where = o.status ? eq(notifikasiOutbox.status, o.status) : undefined;
  const [items, [total]] = await Promise.all([
    db.select({
      id: notifikasiOutbox.id, templat: notifikasiOutbox.templat, kanal: notifikasiOutbox.kanal, status: notifikasiOutbox.status,
      percobaan: notifikasiOutbox.percobaan, jadwal: notifikasiOutbox.jadwal, tujuanAkhir: notifikasiOutbox.tujuanAkhir,
      galat: notifikasiOutbox.galatTerakhir, dibuatPada: notifikasiOutbox.dibuatPada, terkirimPada: notifikasiOutbox.terkirimPada,
    }).from(notifikasiOutbox).where(where).orderBy(desc(notifikasiOutbox.id)).limit(o.limit).offset(o.offset),
    db.select({ n: count() }).from(notifikasiOutbox).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

/** Number of messages per status (only the statuses present). */
export async function hitungPerStatus(db: DbOrTx) {
  const rows = await db.select({ status: notifikasiOutbox.status, n: count() }).from(notifikasiOutbox).groupBy(notifikasiOutbox.status);
  return rows.map((r) => ({ status: r.status, n: Number(r.n) }));
}

export async function cari(db: DbOrTx, id: number) {
  const [r] = await db.select({ id: notifikasiOutbox.id, status: notifikasiOutbox.status, templat: notifikasiOutbox.templat })
    .from(notifikasiOutbox).where(eq(notifikasiOutbox.id, id));
  return r ?? null;
}

/** Requeues a `gagal` message for now with a fresh attempt budget. @returns false when it is not `gagal`. */
export async function antreKembali(db: DbOrTx, id: number, now: Date) {
  const r = await db.update(notifikasiOutbox)
    .set({ status: 'menunggu', jadwal: now, percobaan: 0, dikunciSampai: null })
    .where(and(eq(notifikasiOutbox.id, id), eq(notifikasiOutbox.status, 'gagal')))
    .returning({ id: notifikasiOutbox.id });
  return r.length > 0;
}
