import { and, eq, sql } from 'drizzle-orm';
import type { NotifikasiListQuery, NotifikasiPage, RingkasanNotifikasi } from '../../../contracts/notifikasi.ts';
import { STATUS_NOTIFIKASI } from '../../../contracts/notifikasi.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { DataPribadi } from '../../lib/data-pribadi.ts';
import { akhir } from '../../lib/data-pribadi.ts';
import { recordAudit } from '../audit/index.ts';
import {
  createHttpAdapter, createLogAdapter, pencatatKonsol, type AdapterNotifikasi, type OpsiHttp, type Pencatat,
} from './notifikasi.adapter.ts';
import { NotifikasiErrors } from './notifikasi.errors.ts';
import * as repo from './notifikasi.repository.ts';
import { notifikasiOutbox } from './notifikasi.table.ts';
import { BATAS_PER_PUTARAN, createNotifikasiWorker, type HasilPutaran } from './notifikasi.worker.ts';

/** Message templates (Indonesian text is rendered at delivery from `data`, notifikasi.templat.ts). */
export const TEMPLAT_NOTIFIKASI = [
  'antrian.konfirmasi', 'antrian.pengingat', 'antrian.sisa', 'antrian.survei', 'antrian.dibatalkan', 'antrian.jadwal_ulang',
  'permohonan.diterima', 'permohonan.status', 'permohonan.perbaikan', 'permohonan.selesai', 'permohonan.ditolak',
  'pengaduan.diterima', 'pengaduan.tanggapan', 'pengaduan.selesai',
  'kinerja.skp_diajukan', 'kinerja.skp_diputus', 'kinerja.umpan_balik', 'kinerja.dinilai', 'kinerja.keberatan',
] as const;
export type TemplatNotifikasi = (typeof TEMPLAT_NOTIFIKASI)[number];

/** A message to queue. `telepon` is the plain number (encrypted here); `data` must not hold a NIK. */
export type PesanBaru = {
  /** Idempotency key: the same key queues one message only, e.g. `antrian:konfirmasi:123`. */
  kunci: string;
  templat: TemplatNotifikasi;
  telepon: string | null;
  kanal?: 'whatsapp' | 'sms';
  data: Record<string, string | number | null>;
  /** Not before this instant (reminders). Default now. */
  jadwal?: Date;
};

/** Optional delivery settings; without them messages are delivered through the `log` adapter. */
export type OpsiPengiriman = {
  /** NOTIFIKASI_ADAPTER: 'log' (default), 'http' (needs `http`), or an adapter object (tests). */
  adapter?: AdapterNotifikasi | 'log' | 'http';
  /** NOTIFIKASI_HTTP_URL / NOTIFIKASI_HTTP_TOKEN for the `http` adapter. */
  http?: OpsiHttp;
  /** Logger of the `log` adapter and of delivery warnings (the Fastify/pino logger in the server). */
  log?: Pencatat;
  /** NOTIFIKASI_MAKS_PERCOBAAN (default 8). */
  maksPercobaan?: number;
  /** Prefix of links given as paths in `data` (PUBLIC_URL). */
  publicUrl?: string;
};

/** The adapter named by the configuration (config.ts already requires the URL for 'http'). */
function pilihAdapter(a: OpsiPengiriman['adapter'], http: OpsiHttp | undefined, log: Pencatat): AdapterNotifikasi {
  if (typeof a === 'object') return a;
  if (a === 'http') {
    if (!http) throw new Error('NOTIFIKASI_HTTP_URL wajib diisi bila NOTIFIKASI_ADAPTER=http');
    return createHttpAdapter(http);
  }
  return createLogAdapter(log);
}

/** A bounded drain: at most this many rounds per {@link kirimSekarang} call. */
const MAKS_PUTARAN = 50;

/**
 * The notification outbox service (DESIGN.md §2 `notifikasi`, ADR 0009): other modules queue messages
 * with {@link antrikan} inside their own transaction; the delivery worker sends them later, at least
 * once, with retries; admins see the outbox and requeue failures.
 */
export function createNotifikasiService(db: Db, deps: { dataPribadi: DataPribadi } & OpsiPengiriman) {
  const log = deps.log ?? pencatatKonsol;
  const worker = createNotifikasiWorker({
    db, dataPribadi: deps.dataPribadi, log, publicUrl: deps.publicUrl,
    adapter: pilihAdapter(deps.adapter, deps.http, log),
    maksPercobaan: deps.maksPercobaan ?? 8,
  });

  return {
    /**
     * Queues a message in the caller's transaction (so it exists only if the change commits); never
     * sends during the request. A second call with the same `kunci` does nothing. Messages without a
     * phone number are stored as `dilewati` (visible to admins).
     */
    async antrikan(tx: DbOrTx, p: PesanBaru): Promise<void> {
      await tx
        .insert(notifikasiOutbox)
        .values({
          kunci: p.kunci,
          kanal: p.kanal ?? 'whatsapp',
          tujuanEnc: p.telepon ? deps.dataPribadi.enkripsi(p.telepon) : null,
          tujuanAkhir: p.telepon ? akhir(p.telepon) : null,
          templat: p.templat,
          data: p.data,
          status: p.telepon ? 'menunggu' : 'dilewati',
          jadwal: p.jadwal ?? new Date(),
        })
        .onConflictDoNothing({ target: notifikasiOutbox.kunci });
    },

    /**
     * Withdraws messages not yet sent whose `kunci` starts with `awalan` (e.g. the reminder of a booking
     * that was cancelled or moved), in the caller's transaction: they become `dilewati` with the reason.
     * Messages already claimed by a worker (`dikirim`) or sent are left as they are.
     * @returns how many were withdrawn
     */
    async batalkan(tx: DbOrTx, awalan: string, alasan: string): Promise<number> {
      if (!awalan) throw new Error('awalan kunci wajib diisi');
      const rows = await tx
        .update(notifikasiOutbox)
        .set({ status: 'dilewati', galatTerakhir: `dibatalkan: ${alasan}` })
        .where(and(eq(notifikasiOutbox.status, 'menunggu'), sql`starts_with(${notifikasiOutbox.kunci}, ${awalan})`))
        .returning({ id: notifikasiOutbox.id });
      return rows.length;
    },

    /**
     * Delivers every message due at `now` (rounds of 20 until a round finds fewer; at most 50 rounds).
     * Used by the delivery job every NOTIFIKASI_INTERVAL_MS, by tests and by the browser journey.
     * Retries scheduled after `now` wait for a later call.
     * @returns totals over the rounds
     */
    async kirimSekarang(now: Date = new Date()): Promise<HasilPutaran> {
      const total: HasilPutaran = { diklaim: 0, terkirim: 0, diulang: 0, gagal: 0 };
      for (let i = 0; i < MAKS_PUTARAN; i++) {
        const h = await worker.putaran(now);
        for (const k of Object.keys(total) as Array<keyof HasilPutaran>) total[k] += h[k];
        if (h.diklaim < BATAS_PER_PUTARAN) break;
      }
      return total;
    },

    /** Number of messages per status (every status, 0 when none). */
    async ringkasan(): Promise<RingkasanNotifikasi> {
      const hasil = Object.fromEntries(STATUS_NOTIFIKASI.map((s) => [s, 0])) as RingkasanNotifikasi;
      for (const r of await repo.hitungPerStatus(db)) hasil[r.status] = r.n;
      return hasil;
    },

    /**
     * GET /notifikasi: one page of the outbox, newest first. Shows the template, status, attempts,
     * schedule, the recipient's last 4 digits and the last error — never the number or the message data.
     */
    async daftar(q: NotifikasiListQuery): Promise<NotifikasiPage> {
      const { items, total } = await repo.daftar(db, { status: q.status, limit: q.per_page, offset: (q.page - 1) * q.per_page });
      return {
        items: items.map((r) => ({
          ...r,
          tujuanAkhir: r.tujuanAkhir ? `…${r.tujuanAkhir}` : null,
          jadwal: r.jadwal.toISOString(),
          dibuatPada: r.dibuatPada.toISOString(),
          terkirimPada: r.terkirimPada?.toISOString() ?? null,
        })),
        total, page: q.page, per_page: q.per_page,
      };
    },

    /**
     * POST /notifikasi/:id/ulang: requeues a `gagal` message for immediate delivery with a fresh attempt
     * budget (e.g. after the gateway was fixed). Audited as `notifikasi.ulang`.
     * @throws NOTIFIKASI_TIDAK_DITEMUKAN (404), NOTIFIKASI_BUKAN_GAGAL (409)
     */
    async kirimUlang(id: number, akunId: number, now: Date = new Date()): Promise<void> {
      await db.transaction(async (tx) => {
        const pesan = await repo.cari(tx, id);
        if (!pesan) throw NotifikasiErrors.NOTIFIKASI_TIDAK_DITEMUKAN();
        if (!(await repo.antreKembali(tx, id, now))) throw NotifikasiErrors.NOTIFIKASI_BUKAN_GAGAL();
        await recordAudit(tx, { akunId, aksi: 'notifikasi.ulang', entitas: 'notifikasi_outbox', entitasId: id, data: { templat: pesan.templat } });
      });
    },
  };
}
export type NotifikasiService = ReturnType<typeof createNotifikasiService>;
