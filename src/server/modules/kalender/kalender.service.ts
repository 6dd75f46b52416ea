import type { HariLibur, HariLiburCreate, HariLiburList, HariLiburUpdate, JenisLibur } from '../../../contracts/kalender.ts';
import { JAM_KERJA_ASN, type JadwalMingguan, type Kalender } from '../../../domain/shared/hari-kerja.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { pelanggaranUnik } from '../../lib/pg-error.ts';
import { recordAudit } from '../audit/index.ts';
import { bacaHariLiburBawaan, type HariLiburBawaan } from './kalender.data.ts';
import { KalenderErrors } from './kalender.errors.ts';
import * as repo from './kalender.repository.ts';

/** A closed day of the shared calendar. */
export type HariLiburInfo = { tanggal: string; nama: string; jenis: JenisLibur };

/** Who acts (for the audit log); the route permission `kalender:kelola` already decided access. */
export type PelakuKalender = { akunId: number };

const TANGGAL_GANDA = () => KalenderErrors.TANGGAL_GANDA(undefined, [{ field: 'body.tanggal', message: 'tanggal ini sudah ada di kalender' }]);

function keHariLibur(r: repo.HariLiburRow): HariLibur {
  return { id: r.id, tanggal: r.tanggal, nama: r.nama, jenis: r.jenis, sumber: r.sumber, diubahPada: r.diubahPada.toISOString() };
}

/** Runs a write; a unique violation on the date (a concurrent insert) becomes the same 409 as the pre-check. */
async function denganTanggalUnik<T>(kerja: () => Promise<T>): Promise<T> {
  try {
    return await kerja();
  } catch (err) {
    if (pelanggaranUnik(err) !== null) throw TANGGAL_GANDA();
    throw err;
  }
}

/**
 * Loads the national holidays and cuti bersama of the bundled file (scripts/seed/data/hari-libur-nasional.json)
 * for every year of the file that has NO entry yet, so any fresh database — demo or not — knows them.
 * Years an admin already edited are left alone. Idempotent; called by main.ts after migrations and by the seed.
 * @returns the number of dates inserted
 */
export async function ensureHariLibur(db: DbOrTx, bawaan?: HariLiburBawaan[]): Promise<number> {
  const semua = bawaan ?? (await bacaHariLiburBawaan());
  const tahunFile = [...new Set(semua.map((h) => Number(h.tanggal.slice(0, 4))))];
  const terisi = await repo.tahunTerisi(db, tahunFile);
  return repo.insertBanyak(db, semua.filter((h) => !terisi.has(Number(h.tanggal.slice(0, 4)))));
}

/**
 * The working-day calendar service (pelayanan.md §6, ADR 0006): closed days of the whole city (libur
 * nasional, cuti bersama per SKB 3 Menteri, libur lokal, tutup darurat) and admin maintenance of them.
 */
/**
 * Closed-day ranges are read on every booking and SLA computation but change a few times a year: each
 * process caches a range for CACHE_MS and forgets everything after its own change; another process sees
 * an admin's change within CACHE_MS.
 */
const CACHE_MS = 60_000;

export function createKalenderService(db: Db) {
  const cache = new Map<string, { isi: Promise<HariLiburInfo[]>; sampai: number }>();
  /** Closed days (holidays, cuti bersama, local closures) between two WIB dates inclusive ('YYYY-MM-DD'), by date. */
  async function liburAntara(dari: string, sampai: string): Promise<HariLiburInfo[]> {
    const kunci = `${dari}|${sampai}`;
    const ada = cache.get(kunci);
    if (ada && ada.sampai > Date.now()) return ada.isi;
    const isi = repo.listAntara(db, dari, sampai).then((rows) => rows.map((r) => ({ tanggal: r.tanggal, nama: r.nama, jenis: r.jenis })));
    if (cache.size > 500) cache.clear();
    cache.set(kunci, { isi, sampai: Date.now() + CACHE_MS });
    isi.catch(() => cache.delete(kunci));
    return isi;
  }

  /**
   * A {@link Kalender} for the pure working-day functions (src/domain/shared/hari-kerja.ts) covering the
   * dates `dari`..`sampai` (WIB, inclusive): closed days from the database + the weekly schedule
   * (default: ASN hours, Perpres 21/2023). Dates outside the range are treated as not closed, so ask for
   * a range wide enough for the computation (e.g. an SLA of 10 hari kerja: a month or two).
   */
  async function kalender(dari: string, sampai: string, jadwal: JadwalMingguan = JAM_KERJA_ASN): Promise<Kalender> {
    const libur = await liburAntara(dari, sampai);
    return { libur: new Set(libur.map((l) => l.tanggal)), jadwal };
  }

  /** GET /kalender?tahun=: every closed day of a year (public). */
  async function list(tahun: number): Promise<HariLiburList> {
    const rows = await repo.listAntara(db, `${tahun}-01-01`, `${tahun}-12-31`);
    return { tahun, items: rows.map(keHariLibur) };
  }

  /** Forgets cached ranges after a change in this process (other processes see it within CACHE_MS). */
  const lupakan = <T>(hasil: T): T => {
    cache.clear();
    return hasil;
  };

  /**
   * POST /kalender: adds a closed day. Audited (`kalender.buat`).
   * @throws TANGGAL_GANDA (409, field body.tanggal) when the date already has an entry
   */
  async function create(p: PelakuKalender, input: HariLiburCreate): Promise<HariLibur> {
    return denganTanggalUnik(() => db.transaction(async (tx) => {
      if (await repo.findByTanggal(tx, input.tanggal)) throw TANGGAL_GANDA();
      const row = await repo.insert(tx, { ...input, sumber: input.sumber ?? null, diubahOleh: p.akunId });
      await recordAudit(tx, { akunId: p.akunId, aksi: 'kalender.buat', entitas: 'hari_libur', entitasId: row.id, data: { tanggal: row.tanggal, jenis: row.jenis } });
      return keHariLibur(row);
    })).then(lupakan);
  }

  /**
   * PATCH /kalender/:id: changes a closed day (e.g. Idulfitri moved after the sidang isbat). Audited
   * (`kalender.ubah`, with the old and new date).
   * @throws HARI_LIBUR_TIDAK_DITEMUKAN (404) | TANGGAL_GANDA (409, field body.tanggal)
   */
  async function update(p: PelakuKalender, id: number, input: HariLiburUpdate): Promise<HariLibur> {
    return denganTanggalUnik(() => db.transaction(async (tx) => {
      const lama = await repo.findById(tx, id);
      if (!lama) throw KalenderErrors.HARI_LIBUR_TIDAK_DITEMUKAN();
      if (input.tanggal && input.tanggal !== lama.tanggal && (await repo.findByTanggal(tx, input.tanggal))) throw TANGGAL_GANDA();
      const row = (await repo.update(tx, id, { ...input, diubahOleh: p.akunId }))!;
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'kalender.ubah', entitas: 'hari_libur', entitasId: id,
        data: { dari: { tanggal: lama.tanggal, jenis: lama.jenis }, ke: { tanggal: row.tanggal, jenis: row.jenis } },
      });
      return keHariLibur(row);
    })).then(lupakan);
  }

  /**
   * DELETE /kalender/:id: removes a closed day (the date becomes a normal day again). Audited (`kalender.hapus`).
   * @throws HARI_LIBUR_TIDAK_DITEMUKAN (404)
   */
  async function remove(p: PelakuKalender, id: number): Promise<void> {
    await db.transaction(async (tx) => {
      const row = await repo.remove(tx, id);
      if (!row) throw KalenderErrors.HARI_LIBUR_TIDAK_DITEMUKAN();
      await recordAudit(tx, { akunId: p.akunId, aksi: 'kalender.hapus', entitas: 'hari_libur', entitasId: id, data: { tanggal: row.tanggal, jenis: row.jenis, nama: row.nama } });
    });
    lupakan(undefined);
  }

  return { liburAntara, kalender, list, create, update, remove };
}
export type KalenderService = ReturnType<typeof createKalenderService>;
