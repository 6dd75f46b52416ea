import type { Db } from '../../db/client.ts';
import type { DataPribadi } from '../../lib/data-pribadi.ts';
import type { AdapterNotifikasi, HasilKirim, Pencatat } from './notifikasi.adapter.ts';
import * as repo from './notifikasi.repository.ts';
import { DataPribadiDalamPesanError, renderPesan } from './notifikasi.templat.ts';

/**
 * The delivery worker of the outbox (ADR 0009). Each round:
 * 1. claims due messages in one short statement (`FOR UPDATE SKIP LOCKED`, status `dikirim`, lease
 *    60 s) — so processes sharing one PostgreSQL never send the same message concurrently;
 * 2. sends each OUTSIDE any transaction through the adapter (a slow gateway holds no lock or connection);
 * 3. records the outcome: `terkirim`, a retry with exponential backoff and jitter, or `gagal`.
 * At-least-once: a process that dies after the gateway accepted a message but before step 3 leaves it
 * `dikirim`; after the lease it is claimed again and re-sent with the same idempotency key (`kunci`),
 * which the gateway uses to deduplicate. Requests never wait for any of this: they only insert the row.
 */

/** Lease of a claim: a message is re-claimable this long after a worker took it (milliseconds). */
export const LEASE_MS = 60_000;
/** Messages claimed per round. */
export const BATAS_PER_PUTARAN = 20;
const JEDA_DASAR_MS = 30_000;
const JEDA_MAKS_MS = 60 * 60_000;

/**
 * Delay before retry number `percobaan + 1` after `percobaan` failed attempts: 30 s · 2^(percobaan−1),
 * capped at 1 hour, then "full jitter" down to half (×0.5–1.0) so failed messages do not retry in step.
 * @param acak a number in [0, 1) (Math.random in production; fixed in tests)
 * @returns milliseconds
 */
export function jedaPercobaan(percobaan: number, acak: number): number {
  const dasar = Math.min(JEDA_MAKS_MS, JEDA_DASAR_MS * 2 ** Math.max(0, percobaan - 1));
  return Math.round(dasar * (0.5 + 0.5 * acak));
}

export type OpsiWorker = {
  db: Db;
  dataPribadi: DataPribadi;
  adapter: AdapterNotifikasi;
  log: Pencatat;
  /** NOTIFIKASI_MAKS_PERCOBAAN: after this many failed attempts a message is `gagal`. */
  maksPercobaan: number;
  publicUrl?: string;
  /** Source of jitter (default Math.random). */
  acak?: () => number;
};

export type HasilPutaran = { diklaim: number; terkirim: number; diulang: number; gagal: number };

export function createNotifikasiWorker(o: OpsiWorker) {
  const acak = o.acak ?? Math.random;

  /** Renders and sends one claimed message; any error here is a result, never a throw. */
  async function kirimSatu(p: repo.PesanDiklaim): Promise<HasilKirim> {
    let teks: string;
    let tujuan: string;
    try {
      if (!p.tujuanEnc) return { ok: false, permanen: true, galat: 'Tidak ada nomor tujuan.' };
      tujuan = o.dataPribadi.dekripsi(p.tujuanEnc);
      teks = renderPesan(p.templat, p.data, { publicUrl: o.publicUrl });
    } catch (e) {
      const galat = e instanceof DataPribadiDalamPesanError ? e.message : `Pesan tidak dapat disusun: ${(e as Error).message}`;
      return { ok: false, permanen: true, galat };
    }
    try {
      return await o.adapter.kirim({ kunci: p.kunci, kanal: p.kanal, tujuan, teks });
    } catch (e) {
      return { ok: false, permanen: false, galat: `Adapter ${o.adapter.nama} gagal: ${(e as Error).message}` };
    }
  }

  /** Records the outcome of one attempt; returns which counter it adds to. */
  async function catatHasil(p: repo.PesanDiklaim, h: HasilKirim, now: Date): Promise<'terkirim' | 'diulang' | 'gagal'> {
    if (h.ok) {
      await repo.tandaiTerkirim(o.db, p.id, p.percobaan, { idPenyedia: h.idPenyedia, pada: new Date() });
      return 'terkirim';
    }
    if (h.permanen || p.percobaan >= o.maksPercobaan) {
      await repo.tandaiGagal(o.db, p.id, p.percobaan, h.galat);
      o.log.warn({ notifikasiId: p.id, templat: p.templat, percobaan: p.percobaan, galat: h.galat }, 'notifikasi gagal');
      return 'gagal';
    }
    await repo.jadwalkanUlang(o.db, p.id, p.percobaan, { jadwal: new Date(now.getTime() + jedaPercobaan(p.percobaan, acak())), galat: h.galat });
    return 'diulang';
  }

  return {
    /**
     * One delivery round: claims the messages due at `now` (at most {@link BATAS_PER_PUTARAN}), sends them
     * one by one and records each outcome. Safe to run concurrently in several processes.
     * @returns counts of this round
     */
    async putaran(now = new Date()): Promise<HasilPutaran> {
      const diklaim = await repo.klaim(o.db, { now, leaseMs: LEASE_MS, batas: BATAS_PER_PUTARAN });
      const hasil: HasilPutaran = { diklaim: diklaim.length, terkirim: 0, diulang: 0, gagal: 0 };
      for (const p of diklaim) hasil[await catatHasil(p, await kirimSatu(p), now)]++;
      return hasil;
    },
  };
}
export type NotifikasiWorker = ReturnType<typeof createNotifikasiWorker>;
