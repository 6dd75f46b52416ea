import { createHash } from 'node:crypto';
import type { RekamanSumber } from '../../../contracts/kinerja-realisasi.ts';
import {
  cariMetrik, METRIK, type JenisRekaman, type KodeMetrik, type LingkupMetrik, type Metrik,
} from '../../../domain/kinerja/metrik.ts';
import type { KinerjaDeps } from './kinerja.deps.ts';

/**
 * Server side of the objective service indicators (issue #5; ADR 0014 "Service facts as evidence"): computes
 * the figure of ONE bound indikator for one date range from the modules that own the data — antrian
 * (faktaLayananPegawai / faktaLayananLokasi), layanan (faktaPermohonanPegawai / faktaPermohonanUnit,
 * faktaPengaduanUnit) and skm (faktaIkmUnit) — through their public services, never their tables; for many
 * SKPs at once the per-pegawai and per-lokasi facts come from their bulk twins (faktaLayananPegawaiMassal,
 * faktaLayananLokasiMassal, faktaPermohonanPegawaiMassal: same values, one grouped query); and turns
 * the stored record ids back into display rows for the "data sumber" list (ringkasTiket, ringkasPermohonan,
 * ringkasPengaduan, ringkasSurvei — no personal data).
 */

type Deps = Pick<KinerjaDeps, 'antrian' | 'layanan' | 'skm'>;

/** The figure of one bound indikator with its evidence. */
export type HasilMetrik = {
  kode: KodeMetrik;
  lingkup: LingkupMetrik;
  /** Unit / lokasi id (lingkup unit/lokasi) or the pegawai id (lingkup pegawai); null when unresolved. */
  refId: number | null;
  angka: number | null;
  jenis: JenisRekaman;
  /** Source record ids (tickets, cases, complaints, surveys), oldest/lowest first, unique. */
  refIds: number[];
  /** Records behind the figure, the weight of the annual aggregation (agregatTahunan). */
  bobot: number;
  rincian: Record<string, number | string | null>;
  /** Why there is no figure (no data, below the anonymity threshold, source missing), else null. */
  alasan: string | null;
  /** Fingerprint of (jenis, refIds): unchanged evidence need not be rewritten. */
  sidik: string;
};

/** Which indikator: its binding and the SKP's pegawai and unit (defaults of lingkup pegawai / unit). */
export type TargetMetrik = { metrik: string; lingkup: LingkupMetrik | null; refId: number | null; pegawaiId: number; unitId: number };

/** The catalogue entries whose source module runs in this deployment (antrian → antrian.*, layanan → permohonan.*, pengaduan.*, skm → skm.ikm). */
export function metrikTersedia(deps: Deps): Metrik[] {
  return METRIK.filter((m) => (m.sumber === 'antrian' ? !!deps.antrian : m.sumber === 'layanan' ? !!deps.layanan : !!deps.skm));
}

/**
 * The scope actually used: the indikator's `metrikLingkup` when the metric supports it, else the metric's
 * first scope. Lingkup pegawai → the SKP's pegawai (never someone else's work); unit → `metrikRefId` or the
 * SKP's unit; lokasi → `metrikRefId` (null when not chosen).
 */
export function lingkupEfektif(m: Metrik, t: TargetMetrik): { lingkup: LingkupMetrik; refId: number | null } {
  const lingkup = t.lingkup && m.lingkup.includes(t.lingkup) ? t.lingkup : m.lingkup[0]!;
  if (lingkup === 'pegawai') return { lingkup, refId: t.pegawaiId };
  if (lingkup === 'unit') return { lingkup, refId: t.refId ?? t.unitId };
  return { lingkup, refId: t.refId };
}

export const sidikRekaman = (jenis: string, ids: readonly number[]) =>
  createHash('sha1').update(`${jenis}:${ids.join(',')}`).digest('hex');

const unik = (ids: readonly number[]) => [...new Set(ids)];

/**
 * A calculator for one run (one request or one isiOtomatis pass): source facts are fetched once per
 * (source function, scope, range) and shared by every indikator that needs them — e.g. the three antrian
 * metrics of one pegawai cost one call. `now` is passed to skm (which surveys count as final, ADR 0005).
 */
export function createPenghitungMetrik(deps: Deps, now: Date) {
  const cache = new Map<string, Promise<unknown>>();
  function sekali<T>(kunci: string, f: () => Promise<T>): Promise<T> {
    let p = cache.get(kunci) as Promise<T> | undefined;
    if (!p) {
      p = f();
      cache.set(kunci, p);
      p.catch(() => cache.delete(kunci));
    }
    return p;
  }

  /**
   * The figure of one bound indikator over WIB dates `dari`–`sampai` (inclusive).
   * @throws Error for an unknown metric code; errors of the source modules propagate (the caller decides)
   */
  async function hitung(t: TargetMetrik, dari: string, sampai: string): Promise<HasilMetrik> {
    const m = cariMetrik(t.metrik);
    if (!m) throw new Error(`metrik tidak dikenal: ${t.metrik}`);
    const { lingkup, refId } = lingkupEfektif(m, t);
    const hasil = (h: Omit<HasilMetrik, 'kode' | 'lingkup' | 'refId' | 'jenis' | 'sidik' | 'refIds'> & { refIds: number[] }): HasilMetrik => {
      const refIds = unik(h.refIds);
      return { ...h, refIds, kode: m.kode, lingkup, refId, jenis: m.jenisRekaman, sidik: sidikRekaman(m.jenisRekaman, refIds) };
    };
    const kosong = (alasan: string) => hasil({ angka: null, refIds: [], bobot: 0, rincian: {}, alasan });
    if (refId == null) return kosong('Lokasi antrian belum dipilih pada indikator ini.');

    if (m.sumber === 'antrian') {
      const a = deps.antrian;
      if (!a) return kosong('Data antrian tidak tersedia pada instalasi ini.');
      if (lingkup === 'pegawai') {
        const f = await sekali(`antrian:pegawai:${refId}:${dari}:${sampai}`, () => a.statistik.faktaLayananPegawai({ pegawaiId: refId, dari, sampai }));
        const rincian = { tiketDilayani: f.tiketDilayani, layananMedianMenit: f.layananMedianMenit, persenDalamStandar: f.persenDalamStandar };
        const angka = m.kode === 'antrian.tiket_dilayani' ? f.tiketDilayani : m.kode === 'antrian.layanan_median_menit' ? f.layananMedianMenit : f.persenDalamStandar;
        return hasil({ angka, refIds: f.tiketIds, bobot: f.tiketDilayani, rincian, alasan: angka == null ? 'Belum ada tiket yang dilayani sampai selesai dalam periode ini.' : null });
      }
      const f = await sekali(`antrian:lokasi:${refId}:${dari}:${sampai}`, () => a.statistik.faktaLayananLokasi({ lokasiId: refId, dari, sampai }));
      const rincian = {
        jumlahTiket: f.jumlahTiket, tiketDilayani: f.tiketDilayani, tidakHadir: f.tidakHadir, tungguMedianMenit: f.tungguMedianMenit,
        layananMedianMenit: f.layananMedianMenit, persenDalamStandar: f.persenDalamStandar,
      };
      const angka = m.kode === 'antrian.tunggu_median_menit' ? f.tungguMedianMenit : m.kode === 'antrian.layanan_median_menit' ? f.layananMedianMenit
        : m.kode === 'antrian.persen_dalam_standar' ? f.persenDalamStandar : f.tiketDilayani;
      return hasil({ angka, refIds: f.tiketIds, bobot: f.tiketDilayani, rincian, alasan: angka == null ? 'Belum ada tiket yang dilayani di lokasi ini dalam periode ini.' : null });
    }

    if (m.sumber === 'layanan') {
      const l = deps.layanan;
      if (!l) return kosong('Data layanan tidak tersedia pada instalasi ini.');
      if (m.jenisRekaman === 'permohonan') {
        const f = lingkup === 'pegawai'
          ? await sekali(`permohonan:pegawai:${refId}:${dari}:${sampai}`, () => l.permohonan.faktaPermohonanPegawai({ pegawaiId: refId, dari, sampai }))
          : await sekali(`permohonan:unit:${refId}:${dari}:${sampai}`, () => l.permohonan.faktaPermohonanUnit({ unitId: refId, dari, sampai }));
        const rincian = { selesai: f.selesai, tepatWaktu: f.tepatWaktu, persenTepatWaktu: f.persenTepatWaktu, medianHariKerja: f.medianHariKerja };
        const angka = m.kode === 'permohonan.selesai' ? f.selesai : f.persenTepatWaktu;
        return hasil({ angka, refIds: f.permohonanIds, bobot: f.selesai, rincian, alasan: angka == null ? 'Belum ada permohonan yang selesai dalam periode ini.' : null });
      }
      const f = await sekali(`pengaduan:unit:${refId}:${dari}:${sampai}`, () => l.pengaduan.faktaPengaduanUnit({ unitId: refId, dari, sampai }));
      return hasil({
        angka: f.persen, refIds: f.ids, bobot: f.masuk,
        rincian: { masuk: f.masuk, ditindaklanjutiTepatWaktu: f.ditindaklanjutiTepatWaktu, persen: f.persen },
        alasan: f.persen == null ? 'Tidak ada pengaduan yang diteruskan ke unit ini dalam periode ini.' : null,
      });
    }

    const s = deps.skm;
    if (!s) return kosong('Data survei kepuasan masyarakat tidak tersedia pada instalasi ini.');
    const f = await sekali(`skm:unit:${refId}:${dari}:${sampai}`, () => s.faktaIkmUnit({ unitId: refId, dari, sampai }, now));
    return hasil({
      angka: f.ikm, refIds: f.surveiIds, bobot: f.ikm == null ? 0 : f.responden,
      rincian: { responden: f.responden, survei: f.surveiIds.length, mutu: f.mutu, ambangAnonim: f.ambangAnonim },
      alasan: f.alasan,
    });
  }

  /**
   * Prefetches, in bulk, the facts that {@link hitung} will ask for `daftar` (one isiOtomatis pass over many
   * SKPs): the bound indikator are grouped by source and scope — antrian per pegawai, antrian per lokasi,
   * permohonan per pegawai — and date range, and each group costs ONE faktaLayananPegawaiMassal /
   * faktaLayananLokasiMassal / faktaPermohonanPegawaiMassal call instead of one call per pegawai or lokasi. The
   * results go into the same per-(source, scope, range) cache, so hitung's figures are exactly those of the
   * single functions (the bulk ones return the same values). Unit scopes (permohonan, pengaduan, skm) stay one
   * call per unit, shared through the cache. Never throws: a failed bulk call is forgotten and hitung falls
   * back to the single call (a source error then counts against that indikator only, as before).
   */
  async function siapkan(daftar: ReadonlyArray<{ t: TargetMetrik; dari: string; sampai: string }>): Promise<void> {
    type Jenis = 'antrian:pegawai' | 'antrian:lokasi' | 'permohonan:pegawai';
    const kelompok = new Map<string, { jenis: Jenis; dari: string; sampai: string; ids: Set<number> }>();
    for (const { t, dari, sampai } of daftar) {
      const m = cariMetrik(t.metrik);
      if (!m) continue;
      const { lingkup, refId } = lingkupEfektif(m, t);
      if (refId == null) continue;
      const jenis: Jenis | null = m.sumber === 'antrian' ? (lingkup === 'pegawai' ? 'antrian:pegawai' : 'antrian:lokasi')
        : m.jenisRekaman === 'permohonan' && lingkup === 'pegawai' ? 'permohonan:pegawai' : null;
      if (!jenis || cache.has(`${jenis}:${refId}:${dari}:${sampai}`)) continue;
      const k = `${jenis}:${dari}:${sampai}`;
      let g = kelompok.get(k);
      if (!g) kelompok.set(k, (g = { jenis, dari, sampai, ids: new Set() }));
      g.ids.add(refId);
    }
    const { antrian, layanan } = deps;
    // The groups at once: PostgreSQL answers them on several pool connections (PGlite serialises them).
    await Promise.all([...kelompok.values()].map(async (g) => {
      const ids = [...g.ids];
      const rentang = { dari: g.dari, sampai: g.sampai };
      try {
        const hasil: Map<number, unknown> | null = g.jenis === 'antrian:pegawai'
          ? (antrian ? await antrian.statistik.faktaLayananPegawaiMassal({ pegawaiIds: ids, ...rentang }) : null)
          : g.jenis === 'antrian:lokasi'
            ? (antrian ? await antrian.statistik.faktaLayananLokasiMassal({ lokasiIds: ids, ...rentang }) : null)
            : (layanan ? await layanan.permohonan.faktaPermohonanPegawaiMassal({ pegawaiIds: ids, ...rentang }) : null);
        for (const [id, f] of hasil ?? []) cache.set(`${g.jenis}:${id}:${g.dari}:${g.sampai}`, Promise.resolve(f));
      } catch {
        // hitung asks the single functions instead
      }
    }));
  }

  return { hitung, siapkan };
}

// ------------------------------------------------------------------ source records for display

const angkaId = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 1 });
const tanggalId = (d: Date) => d.toLocaleDateString('id-ID', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric' });

/**
 * Display rows of source records in the order of `ids` — no personal data (the source modules' ringkas*
 * functions read none): number, instant, layanan and a short description of durations/status in Bahasa
 * Indonesia. A record the source no longer knows, or a source not present, still gets a row ("data tidak
 * tersedia") so the count matches the figure.
 */
export async function rekamanSumber(deps: Deps, jenis: JenisRekaman, ids: number[]): Promise<RekamanSumber[]> {
  const tidakAda = (id: number): RekamanSumber => ({ id, nomor: `#${id}`, waktu: null, layanan: null, keterangan: 'Data sumber tidak tersedia lagi.' });
  const urut = <T extends { id: number }>(rows: T[], f: (r: T) => RekamanSumber) => {
    const per = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => (per.has(id) ? f(per.get(id)!) : tidakAda(id)));
  };
  if (!ids.length) return [];
  if (jenis === 'tiket') {
    if (!deps.antrian) return ids.map(tidakAda);
    return urut(await deps.antrian.statistik.ringkasTiket(ids), (t) => ({
      id: t.id, nomor: t.nomor, waktu: t.selesaiPada?.toISOString() ?? null, layanan: `${t.layanan} — ${t.lokasi}`,
      keterangan: t.layananMenit == null
        ? `Status ${t.status}`
        : `Dilayani ${angkaId(t.layananMenit)} menit (standar ${t.standarMenit} menit, ${t.dalamStandar ? 'dalam standar' : 'melebihi standar'})`
          + (t.tungguMenit == null ? '' : `; menunggu ${angkaId(t.tungguMenit)} menit`),
    }));
  }
  if (jenis === 'permohonan') {
    if (!deps.layanan) return ids.map(tidakAda);
    return urut(await deps.layanan.permohonan.ringkasPermohonan(ids), (p) => ({
      id: p.id, nomor: p.nomor, waktu: p.selesaiAt?.toISOString() ?? null, layanan: p.layanan,
      keterangan: `Diajukan ${tanggalId(p.diajukanAt)}${p.selesaiAt ? `, selesai ${tanggalId(p.selesaiAt)}` : ''} — `
        + (p.tepatWaktu === true ? 'tepat waktu' : p.tepatWaktu === false ? 'melewati standar' : `status ${p.status}`) + ` (standar ${p.standar})`,
    }));
  }
  if (jenis === 'pengaduan') {
    if (!deps.layanan) return ids.map(tidakAda);
    return urut(await deps.layanan.pengaduan.ringkasPengaduan(ids), (p) => ({
      id: p.id, nomor: p.nomor, waktu: p.masukAt.toISOString(), layanan: p.layanan ?? p.kategori,
      keterangan: p.tindakLanjutAt
        ? `Ditindaklanjuti ${tanggalId(p.tindakLanjutAt)} — ${p.tepatWaktu ? 'tepat waktu' : 'melewati batas'}`
        : p.batasTindakLanjut ? `Belum ditindaklanjuti (batas ${tanggalId(p.batasTindakLanjut)})` : `Status ${p.status}`,
    }));
  }
  if (!deps.skm) return ids.map(tidakAda);
  return urut(await deps.skm.ringkasSurvei(ids), (s) => ({
    id: s.id, nomor: s.judul, waktu: null, layanan: s.layanan ?? 'Semua layanan unit',
    keterangan: `${s.unitNama}, ${s.periodeLabel} (${s.mulai} s.d. ${s.selesai}); hanya jawaban yang sudah dapat dirilis menurut ambang anonimitas`,
  }));
}
