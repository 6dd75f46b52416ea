import type {
  BarisStatistik, KelompokStatistik, LokasiStatistik, Ringkasan, Statistik, StatistikFilter, StatistikQuery,
} from '../../../contracts/antrian-statistik.ts';
import { bulatkanMenit, periksaRentang, persen } from '../../../domain/antrian/statistik.ts';
import type { AuthContext } from '../../plugins/auth.ts';
import type { AntrianDeps } from './antrian.deps.ts';
import { StatistikErrors } from './antrian.statistik.errors.ts';
import * as repo from './antrian.statistik.repository.ts';
import { buatXlsxStatistik } from './antrian.statistik.xlsx.ts';

/** The caller, as the session knows it. */
export type Pelaku = Pick<AuthContext, 'akunId' | 'roles' | 'pegawaiId' | 'opdId'>;

/** Service facts of one pegawai (for the kinerja evaluation): served tickets are the evidence. */
export interface FaktaLayananPegawai {
  /** Tickets this pegawai served to the end (status selesai) in the range. */
  tiketDilayani: number;
  /** Median service time, minutes (0.1); null when nothing was served. */
  layananMedianMenit: number | null;
  /** % of served tickets within their layanan's standarMenit (0.1); null when nothing was served. */
  persenDalamStandar: number | null;
  /** Ids of the served tickets (antrian_tiket.id), oldest first. */
  tiketIds: number[];
}

/** Service facts of one lokasi: those of {@link FaktaLayananPegawai} plus demand, no-shows and waiting. */
export interface FaktaLayananLokasi extends FaktaLayananPegawai {
  jumlahTiket: number;
  tidakHadir: number;
  persenTidakHadir: number | null;
  /** Median waiting time (first call − check-in), minutes (0.1). */
  tungguMedianMenit: number | null;
}

/** One ticket as evidence for another module (kinerja): no personal data. Minutes rounded to 0.1. */
export interface TiketRingkas {
  id: number;
  /** Ticket number as called, e.g. 'A-007'. */
  nomor: string;
  /** WIB business day. */
  tanggal: string;
  status: string;
  selesaiPada: Date | null;
  lokasi: string;
  layanan: string;
  standarMenit: number;
  tungguMenit: number | null;
  layananMenit: number | null;
  /** Service time within the layanan's standard; null when not served/measured. */
  dalamStandar: boolean | null;
}

const NAMA_KELOMPOK_KOSONG: Record<KelompokStatistik, string> = {
  layanan: 'Tanpa layanan',
  loket: 'Belum dipanggil ke loket',
  petugas: 'Tanpa petugas tercatat',
  jam: 'Tidak datang',
  hari: 'Tanpa tanggal',
};

/** Pegawai per statement of the bulk facts (keeps the IN list far below the bind-parameter limit). */
const BATAS_MASSAL = 1000;

const duaDigit = (n: number) => String(n).padStart(2, '0');

/** Rounds the raw SQL aggregate into the reported figures (pelayanan.md §3.2; minutes and % to 0.1). */
function keRingkasan(r: repo.AgregatRow | undefined): Ringkasan {
  return {
    jumlahTiket: r?.jumlahTiket ?? 0,
    dilayani: r?.dilayani ?? 0,
    tidakHadir: r?.tidakHadir ?? 0,
    dibatalkan: r?.dibatalkan ?? 0,
    kedaluwarsa: r?.kedaluwarsa ?? 0,
    tungguRata: bulatkanMenit(r?.tungguRata ?? null),
    tungguP50: bulatkanMenit(r?.tungguP50 ?? null),
    tungguP90: bulatkanMenit(r?.tungguP90 ?? null),
    layananRata: bulatkanMenit(r?.layananRata ?? null),
    layananP50: bulatkanMenit(r?.layananP50 ?? null),
    layananP90: bulatkanMenit(r?.layananP90 ?? null),
    persenTidakHadir: persen(r?.tidakHadir ?? 0, r?.hadir ?? 0),
    persenDalamStandar: persen(r?.dalamStandar ?? 0, r?.layananTerukur ?? 0),
  };
}

function periksaFilter(dari: string, sampai: string): void {
  const salah = periksaRentang(dari, sampai);
  if (salah.length) {
    throw StatistikErrors.ANTRIAN_RENTANG_TIDAK_VALID(salah[0]!.message, salah.map((e) => ({ field: `querystring.${e.field}`, message: e.message })));
  }
}

/**
 * Queue statistics (pelayanan.md §3.2 "Statistics"; definitions in src/domain/antrian/statistik.ts) and the
 * service facts other modules (kinerja) read. Read-only. Scope: admin and pimpinan see every lokasi; an
 * admin OPD only the lokasi whose unit belongs to their OPD; anyone else is refused.
 */
export function createAntrianStatistikService(deps: AntrianDeps) {
  const { db, org } = deps;

  /** 'semua', or the unit ids of the admin OPD's OPD (their lokasi are those whose unitId is among them). */
  async function lingkupUnit(p: Pelaku): Promise<'semua' | number[]> {
    if (p.roles.includes('admin') || p.roles.includes('pimpinan')) return 'semua';
    if (p.roles.includes('admin_opd')) return p.opdId == null ? [] : org.listUnitIdOpd(p.opdId);
    throw StatistikErrors.ANTRIAN_STATISTIK_DILARANG();
  }

  /**
   * The lokasi ids a request covers: the one asked for (after the scope check) or every lokasi in scope
   * (null = all).
   * @throws ANTRIAN_LOKASI_TIDAK_DITEMUKAN (404), ANTRIAN_DI_LUAR_OPD (403), ANTRIAN_STATISTIK_DILARANG (403)
   */
  async function lokasiDalamLingkup(p: Pelaku, lokasiId: number | undefined): Promise<number[] | null> {
    const lingkup = await lingkupUnit(p);
    if (lokasiId != null) {
      const lokasi = await repo.findLokasi(db, lokasiId);
      if (!lokasi) throw StatistikErrors.ANTRIAN_LOKASI_TIDAK_DITEMUKAN();
      if (lingkup !== 'semua' && !lingkup.includes(lokasi.unitId)) throw StatistikErrors.ANTRIAN_DI_LUAR_OPD();
      return [lokasi.id];
    }
    if (lingkup === 'semua') return null;
    return (await repo.listLokasi(db, lingkup)).map((l) => l.id);
  }

  /** Group labels for the keys of one kelompok, each kind fetched in one batch (no query per row). */
  async function labelKelompok(kelompok: KelompokStatistik, kunci: Array<number | string>, banyakLokasi: boolean): Promise<Map<number | string, string>> {
    const ids = kunci.filter((k): k is number => typeof k === 'number');
    const denganLokasi = (label: string, lokasiNama: string) => (banyakLokasi ? `${label} · ${lokasiNama}` : label);
    switch (kelompok) {
      case 'layanan':
        return new Map((await repo.findLabelLayanan(db, ids)).map((l) => [l.id, denganLokasi(`${l.nama} (${l.prefix})`, l.lokasiNama)]));
      case 'loket':
        return new Map((await repo.findLabelLoket(db, ids)).map((l) => [l.id, denganLokasi(`Loket ${l.nomor} – ${l.nama}`, l.lokasiNama)]));
      case 'petugas':
        return namaPegawai(ids);
      case 'jam':
        return new Map(ids.map((j) => [j, `${duaDigit(j)}.00–${duaDigit(j)}.59`]));
      case 'hari':
        return new Map(kunci.map((k) => [k, String(k)]));
    }
  }

  /**
   * Petugas names through the org module (ADR 0003: no reads of its tables). One lookup per DISTINCT
   * pegawai of the result (a handful of counter staff), run together.
   * TODO(org): switch to a batched `org.getPegawaiNames(ids)` once org exposes its `findNamaPegawai`.
   */
  async function namaPegawai(ids: number[]): Promise<Map<number, string>> {
    const daftar = await Promise.all([...new Set(ids)].map(async (id) => [id, (await org.getPegawai(id))?.nama ?? `Pegawai #${id}`] as const));
    return new Map(daftar);
  }

  async function hitung(p: Pelaku, q: StatistikFilter & { kelompok: KelompokStatistik }): Promise<Statistik> {
    periksaFilter(q.dari, q.sampai);
    const lokasiIds = await lokasiDalamLingkup(p, q.lokasiId);
    const rows = await repo.hitungAgregat(db, { dari: q.dari, sampai: q.sampai, lokasiIds }, q.kelompok);
    const grup = rows.filter((r) => !r.total);
    const label = await labelKelompok(q.kelompok, grup.map((r) => r.kunci).filter((k) => k != null), lokasiIds?.length !== 1);
    const baris: BarisStatistik[] = grup.map((r) => ({
      kunci: r.kunci,
      label: r.kunci == null ? NAMA_KELOMPOK_KOSONG[q.kelompok] : label.get(r.kunci) ?? String(r.kunci),
      ...keRingkasan(r),
    }));
    return {
      filter: { lokasiId: q.lokasiId ?? null, dari: q.dari, sampai: q.sampai, kelompok: q.kelompok },
      total: keRingkasan(rows.find((r) => r.total)),
      baris,
    };
  }

  /**
   * GET /antrian/statistik/lokasi: the lokasi the caller may filter on (admin/pimpinan: all; admin OPD: those
   * of their OPD), by name.
   * @throws ANTRIAN_STATISTIK_DILARANG (403) for other roles
   */
  async function listLokasi(p: Pelaku): Promise<LokasiStatistik[]> {
    const lingkup = await lingkupUnit(p);
    const rows = await repo.listLokasi(db, lingkup === 'semua' ? null : lingkup);
    return rows.map(({ id, kode, nama, aktif }) => ({ id, kode, nama, aktif }));
  }

  /**
   * GET /antrian/statistik: figures per `kelompok` (layanan | loket | petugas | jam = WIB arrival hour |
   * hari = WIB business day) and the total, for the tickets of WIB days `dari`–`sampai` (inclusive) of one
   * lokasi or of every lokasi in scope. Computed in SQL; durations in minutes, % to 0.1.
   * @throws ANTRIAN_RENTANG_TIDAK_VALID (400, field querystring.sampai: dari > sampai or > 366 days),
   *   ANTRIAN_LOKASI_TIDAK_DITEMUKAN (404), ANTRIAN_DI_LUAR_OPD (403), ANTRIAN_STATISTIK_DILARANG (403)
   */
  async function ringkasan(q: StatistikQuery, p: Pelaku): Promise<Statistik> {
    return hitung(p, q);
  }

  /**
   * GET /antrian/statistik/xlsx: the same figures as a workbook — a "Ringkasan" sheet, one sheet per
   * requested kelompok (header row frozen, units in the headers, WIB dates) and a "Definisi" sheet.
   * `now` is the generation time printed in the file. Errors as {@link ringkasan}.
   */
  async function unduhXlsx(q: StatistikFilter & { kelompok: KelompokStatistik[] }, p: Pelaku, now = new Date()) {
    const lembar: Statistik[] = [];
    for (const kelompok of q.kelompok) lembar.push(await hitung(p, { ...q, kelompok }));
    const lokasiNama = q.lokasiId != null ? (await repo.findLokasi(db, q.lokasiId))?.nama ?? null : null;
    const isi = await buatXlsxStatistik({ dari: q.dari, sampai: q.sampai, lokasiNama, lembar, dibuatPada: now });
    const lokasiKode = q.lokasiId != null ? `-lokasi${q.lokasiId}` : '';
    return { namaBerkas: `statistik-antrian${lokasiKode}-${q.dari}-${q.sampai}.xlsx`, isi };
  }

  async function fakta(s: repo.SaringanTiket) {
    periksaFilter(s.dari, s.sampai);
    const [total] = await repo.hitungAgregat(db, s, null);
    const r = keRingkasan(total);
    return { r, tiketIds: await repo.listTiketDilayani(db, s) };
  }

  /**
   * For the kinerja module (no scope check: the caller decides who may see whose facts): the tickets a
   * pegawai served to the end on WIB days `dari`–`sampai`, their median service time (minutes) and the share
   * within the layanan's standard — with the ticket ids as evidence (pelayanan.md §3.2: statistics feed
   * civil-servant performance).
   * @throws ANTRIAN_RENTANG_TIDAK_VALID (400)
   */
  async function faktaLayananPegawai(q: { pegawaiId: number; dari: string; sampai: string }): Promise<FaktaLayananPegawai> {
    const { r, tiketIds } = await fakta({ dari: q.dari, sampai: q.sampai, lokasiIds: null, petugasPegawaiId: q.pegawaiId });
    return { tiketDilayani: r.dilayani, layananMedianMenit: r.layananP50, persenDalamStandar: r.persenDalamStandar, tiketIds };
  }

  /**
   * Bulk {@link faktaLayananPegawai} for the kinerja module (filling many SKPs at once; no scope check): the
   * facts of every pegawai in `pegawaiIds` over the same WIB days `dari`–`sampai` (inclusive), from ONE grouped
   * statement per 1,000 pegawai (percentile_cont per petugas, as the single query computes it for one; the
   * ticket ids aggregated in the same statement, in the same order). Each value is exactly what
   * faktaLayananPegawai returns for that pegawai — tickets served to the end, median service time (minutes,
   * 0.1), % within the layanan's standard (0.1), ticket ids oldest first; a pegawai without served tickets gets
   * 0 / null / null / []. Every requested id is a key (duplicates once). pelayanan.md §3.2 (statistics feed
   * civil-servant performance); kinerja.md §1.8 / ADR 0014.
   * @returns Map pegawaiId → FaktaLayananPegawai
   * @throws ANTRIAN_RENTANG_TIDAK_VALID (400)
   */
  async function faktaLayananPegawaiMassal(q: { pegawaiIds: number[]; dari: string; sampai: string }): Promise<Map<number, FaktaLayananPegawai>> {
    periksaFilter(q.dari, q.sampai);
    const ids = [...new Set(q.pegawaiIds)];
    const per = new Map<number, repo.FaktaMassalRow>();
    for (let i = 0; i < ids.length; i += BATAS_MASSAL) {
      const s: repo.SaringanTiket = { dari: q.dari, sampai: q.sampai, lokasiIds: null, petugasPegawaiIds: ids.slice(i, i + BATAS_MASSAL) };
      for (const r of await repo.hitungFaktaMassal(db, s, 'petugas')) per.set(r.kunci, r);
    }
    return new Map(ids.map((id) => {
      const r = per.get(id);
      return [id, {
        tiketDilayani: r?.dilayani ?? 0, layananMedianMenit: bulatkanMenit(r?.layananP50 ?? null),
        persenDalamStandar: persen(r?.dalamStandar ?? 0, r?.layananTerukur ?? 0), tiketIds: r?.tiketIds ?? [],
      }];
    }));
  }

  /**
   * For other modules (no scope check): the facts of one lokasi on WIB days `dari`–`sampai` — demand,
   * no-shows, median waiting and service time (minutes), share within the standard and the served ticket ids.
   * @throws ANTRIAN_RENTANG_TIDAK_VALID (400)
   */
  async function faktaLayananLokasi(q: { lokasiId: number; dari: string; sampai: string }): Promise<FaktaLayananLokasi> {
    const { r, tiketIds } = await fakta({ dari: q.dari, sampai: q.sampai, lokasiIds: [q.lokasiId] });
    return {
      jumlahTiket: r.jumlahTiket, tiketDilayani: r.dilayani, tidakHadir: r.tidakHadir, persenTidakHadir: r.persenTidakHadir,
      tungguMedianMenit: r.tungguP50, layananMedianMenit: r.layananP50, persenDalamStandar: r.persenDalamStandar, tiketIds,
    };
  }

  /**
   * Bulk {@link faktaLayananLokasi} for other modules (kinerja filling many SKPs; no scope check): the facts of
   * every lokasi in `lokasiIds` over the same WIB days `dari`–`sampai` (inclusive) from ONE grouped statement.
   * Each value is exactly what faktaLayananLokasi returns for that lokasi (demand, no-shows and their % of the
   * tickets that arrived, median waiting and service time in minutes (0.1), % within the standard (0.1), served
   * ticket ids oldest first); a lokasi without tickets (or unknown) gets zeros, nulls and []. Every requested id
   * is a key (duplicates once). pelayanan.md §3.2; kinerja.md §1.8 / ADR 0014.
   * @returns Map lokasiId → FaktaLayananLokasi
   * @throws ANTRIAN_RENTANG_TIDAK_VALID (400)
   */
  async function faktaLayananLokasiMassal(q: { lokasiIds: number[]; dari: string; sampai: string }): Promise<Map<number, FaktaLayananLokasi>> {
    periksaFilter(q.dari, q.sampai);
    const ids = [...new Set(q.lokasiIds)];
    const per = new Map<number, repo.FaktaMassalRow>();
    for (let i = 0; i < ids.length; i += BATAS_MASSAL) {
      for (const r of await repo.hitungFaktaMassal(db, { dari: q.dari, sampai: q.sampai, lokasiIds: ids.slice(i, i + BATAS_MASSAL) }, 'lokasi')) per.set(r.kunci, r);
    }
    return new Map(ids.map((id) => {
      const r = per.get(id);
      return [id, {
        jumlahTiket: r?.jumlahTiket ?? 0, tiketDilayani: r?.dilayani ?? 0, tidakHadir: r?.tidakHadir ?? 0,
        persenTidakHadir: persen(r?.tidakHadir ?? 0, r?.hadir ?? 0), tungguMedianMenit: bulatkanMenit(r?.tungguP50 ?? null),
        layananMedianMenit: bulatkanMenit(r?.layananP50 ?? null), persenDalamStandar: persen(r?.dalamStandar ?? 0, r?.layananTerukur ?? 0),
        tiketIds: r?.tiketIds ?? [],
      }];
    }));
  }

  /**
   * For the kinerja module (evidence list of an automatic realisasi; no scope check — the caller decides who
   * may see it): display rows of the tickets with these ids, in the order of `ids` (unknown ids skipped).
   * NO personal data: never the holder's name, NIK or phone — only number, WIB day, lokasi, layanan, status,
   * the instant it was finished, waiting and service minutes (0.1) and the layanan's standard (minutes).
   */
  async function ringkasTiket(ids: number[]): Promise<TiketRingkas[]> {
    const rows = await repo.listTiketRingkas(db, [...new Set(ids)]);
    const per = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = per.get(id);
      if (!r) return [];
      return [{
        id: r.id, nomor: r.nomor, tanggal: r.tanggal, status: r.status, selesaiPada: r.selesaiPada, lokasi: r.lokasi, layanan: r.layanan,
        standarMenit: r.standarMenit, tungguMenit: bulatkanMenit(r.tungguMenit), layananMenit: bulatkanMenit(r.layananMenit),
        dalamStandar: r.layananMenit == null ? null : r.layananMenit <= r.standarMenit,
      }];
    });
  }

  /**
   * For other modules (kinerja: the lokasi an indikator can be bound to; no scope check): the lokasi of
   * these units (null = every lokasi), by name — id, nama, unitId, aktif.
   */
  async function daftarLokasi(unitIds: number[] | null) {
    const rows = await repo.listLokasi(db, unitIds);
    return rows.map(({ id, nama, unitId, aktif }) => ({ id, nama, unitId, aktif }));
  }

  return { listLokasi, ringkasan, unduhXlsx, faktaLayananPegawai, faktaLayananPegawaiMassal, faktaLayananLokasi, faktaLayananLokasiMassal, ringkasTiket, daftarLokasi };
}
export type AntrianStatistikService = ReturnType<typeof createAntrianStatistikService>;
