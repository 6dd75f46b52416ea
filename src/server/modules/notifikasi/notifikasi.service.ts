import type { Db, DbOrTx } from '../../db/client.ts';
import type { DataPribadi } from '../../lib/data-pribadi.ts';
import { akhir } from '../../lib/data-pribadi.ts';
import { notifikasiOutbox } from './notifikasi.table.ts';

/** Message templates (Indonesian text is rendered at delivery from `data`). */
export const TEMPLAT_NOTIFIKASI = [
  'antrian.konfirmasi', 'antrian.pengingat', 'antrian.sisa', 'antrian.survei', 'antrian.dibatalkan', 'antrian.jadwal_ulang',
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

/**
 * The notification outbox service (DESIGN.md §2 `notifikasi`). STUB of the public API; the delivery
 * worker and adapters are implemented by the notifikasi work package.
 */
export function createNotifikasiService(db: Db, deps: { dataPribadi: DataPribadi }) {
  void db;
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
  };
}
export type NotifikasiService = ReturnType<typeof createNotifikasiService>;
