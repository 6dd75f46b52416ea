import type { ReadStream } from 'node:fs';
import type {
  BuktiTautanInput, EvaluasiPeriode, IndikatorEvaluasi, KatalogMetrik, Realisasi, RealisasiInput, RealisasiTahunan, SumberOtomatis,
  SumberRealisasi, UmpanBalik, UmpanBalikInput,
} from '../../../contracts/kinerja-realisasi.ts';
import {
  agregatTahunan, bandingkanTarget, cariMetrik, jumlahBulan, targetPeriode, type JenisRekaman, type KodeMetrik,
} from '../../../domain/kinerja/metrik.ts';
import { periodePada } from '../../../domain/kinerja/periode.ts';
import { tanggalWib } from '../../../domain/shared/tanggal.ts';
import { AppError } from '../../lib/app-error.ts';
import { createPenyimpanan, headerUnduhan, type BerkasMasuk } from '../../lib/unggahan.ts';
import { recordAudit } from '../audit/index.ts';
import { relasiSkp, type Pengguna, type Relasi } from './kinerja.akses.ts';
import type { KinerjaDeps } from './kinerja.deps.ts';
import { KinerjaErrors } from './kinerja.errors.ts';
import { createPenghitungMetrik, metrikTersedia, rekamanSumber, type HasilMetrik } from './kinerja.metrik.ts';
import { pengaturanTahun, periodeDariKe, periodeTahun } from './kinerja.periode.ts';
import { RealisasiErrors as E } from './kinerja.realisasi.errors.ts';
import * as repo from './kinerja.realisasi.repository.ts';
import type { IndikatorRow, RealisasiRow, SkpRow } from './kinerja.realisasi.repository.ts';

/** An automatic figure older than this is recomputed when the sheet is opened (ADR 0014). */
export const USANG_MS = 10 * 60_000;
/** Source calls of isiOtomatis in flight at once (PostgreSQL pool ≥ 10; PGlite runs them one by one anyway). */
const PARALEL_SUMBER = 4;
/** Most bukti dukung per realisasi (files + links) — keeps one period's evidence reviewable and the disk bounded. */
export const MAKS_BUKTI_PER_REALISASI = 20;

/** What {@link createKinerjaRealisasiService}'s isiOtomatis reports. */
export type HasilIsiOtomatis = {
  tahun: number;
  periodeKe: number;
  /** Bound indikator considered (disetujui SKP, period not rated, year not ditetapkan). */
  indikator: number;
  /** Figures computed and written. */
  dihitung: number;
  /** Left as they were: still fresh (lazy mode) or outside the SKP's span. */
  dilewati: number;
  /** Source errors (the old figure stays). */
  gagal: number;
  ms: number;
};

/** State of one SKP in one period, as every rule below needs it. */
type Keadaan = {
  periode: Awaited<ReturnType<typeof periodeDariKe>>;
  hariIni: string;
  dimulai: boolean;
  dalamSkp: boolean;
  dinilai: repo.PenilaianRow | null;
  terkunci: boolean;
};

const maks = (a: string, b: string) => (a > b ? a : b);
const min = (a: string, b: string) => (a < b ? a : b);

/**
 * The realisasi part of module `kinerja` (PermenPANRB 6/2022 stage 2 "pelaksanaan, pemantauan, pembinaan";
 * kinerja.md §1.1, §1.2 Dokumen Evaluasi, §1.8): the evaluation sheet per period, realisasi per indikator
 * with bukti dukung, the umpan balik berkelanjutan thread, and the OBJECTIVE SERVICE INDICATORS (ADR 0014):
 * an indikator bound to a service metric gets its realisasi from antrian / layanan / skm data with the
 * source records as evidence — nobody can type over it; frozen once the period is rated.
 *
 * Access (kinerja.akses.ts): every use case reads the SKP row itself and decides with `relasiSkp`; no
 * relation → 404 (the same answer as a missing object), a relation without the right → 403 AKSES_DITOLAK.
 * Only the pemilik fills realisasi and bukti; the penilai writes umpan balik, the pemilik answers.
 */
export function createKinerjaRealisasiService(deps: KinerjaDeps) {
  const { db } = deps;
  const penyimpanan = createPenyimpanan(deps.uploadsDir);

  // ------------------------------------------------------------------ access and state

  /** The SKP and the caller's relation, or the given 404 (no SKP, or no relation — same answer). */
  async function skpDanRelasi(p: Pengguna, skpId: number, tidakAda: () => AppError = KinerjaErrors.SKP_TIDAK_DITEMUKAN) {
    const s = await repo.findSkp(db, skpId);
    if (!s) throw tidakAda();
    const relasi = await relasiSkp(deps.org, p, s);
    if (!relasi) throw tidakAda();
    return { s, relasi };
  }

  /** @throws KinerjaErrors.PERIODE_TIDAK_VALID (400) with `field` when `ke` is not a period of the SKP's year */
  async function keadaan(s: SkpRow, ke: number, now: Date, field = 'params.ke'): Promise<Keadaan> {
    let periode: Keadaan['periode'];
    try {
      periode = await periodeDariKe(db, s.tahun, ke);
    } catch (e) {
      if (e instanceof AppError && e.code === 'PERIODE_TIDAK_VALID') throw KinerjaErrors.PERIODE_TIDAK_VALID(e.message, e.errors.map((x) => ({ ...x, field })));
      throw e;
    }
    const hariIni = tanggalWib(now);
    const [dinilai, terkunci] = await Promise.all([repo.findPenilaian(db, s.id, ke), repo.tahunTerkunci(db, s)]);
    return {
      periode, hariIni, dimulai: hariIni >= periode.mulai, dalamSkp: periode.mulai <= s.periodeSelesai && periode.selesai >= s.periodeMulai,
      dinilai, terkunci,
    };
  }

  /**
   * Why realisasi / bukti of this period cannot be changed now (null = they can), in the order a person
   * would fix it: SKP not approved, annual sheet, period not started, outside the SKP's span, year
   * ditetapkan, period rated (kinerja issue #5: frozen after rating).
   */
  function alasanTidakBisaIsi(s: SkpRow, k: Keadaan): AppError | null {
    if (s.status !== 'disetujui') return E.SKP_BELUM_DISETUJUI();
    if (k.periode.tahunan) return E.PERIODE_TAHUNAN();
    if (!k.dimulai) return E.PERIODE_BELUM_MULAI(`Periode ${k.periode.label} baru dimulai pada ${k.periode.mulai}; realisasi belum dapat diisi.`);
    if (!k.dalamSkp) return E.PERIODE_DI_LUAR_SKP(`Periode ${k.periode.label} berada di luar masa berlaku SKP ini (${s.periodeMulai} s.d. ${s.periodeSelesai}).`);
    if (k.terkunci) return KinerjaErrors.TERKUNCI();
    if (k.dinilai) return E.SUDAH_DINILAI();
    return null;
  }

  /** The indikator, its SKP and the pemilik check for writes; 404 INDIKATOR_TIDAK_DITEMUKAN hides others' SKPs. */
  async function indikatorPemilik(p: Pengguna, indikatorId: number) {
    const ind = await repo.findIndikator(db, indikatorId);
    if (!ind) throw E.INDIKATOR_TIDAK_DITEMUKAN();
    const { s, relasi } = await skpDanRelasi(p, ind.skpId, E.INDIKATOR_TIDAK_DITEMUKAN);
    if (relasi !== 'pemilik') throw KinerjaErrors.AKSES_DITOLAK('Realisasi dan bukti dukung hanya dapat diisi oleh pegawai pemilik SKP.');
    return { ind, s };
  }

  // ------------------------------------------------------------------ DTOs

  function keSumber(r: RealisasiRow, ind: Pick<IndikatorRow, 'targetAngka'>): SumberOtomatis | null {
    const x = r.sumber as Record<string, unknown> | null;
    if (!r.otomatis || !x || typeof x.metrik !== 'string') return null;
    const m = cariMetrik(x.metrik);
    if (!m) return null;
    return {
      metrik: m.kode, label: m.label.id, satuan: m.satuan, lingkup: (x.lingkup as SumberOtomatis['lingkup']) ?? m.lingkup[0]!,
      refId: (x.refId as number | null) ?? null, refNama: (x.refNama as string | null) ?? null,
      dari: String(x.dari ?? ''), sampai: String(x.sampai ?? ''), dihitungAt: String(x.dihitungAt ?? ''),
      jumlahRekaman: Number(x.jumlahRekaman ?? 0), rincian: (x.rincian as SumberOtomatis['rincian']) ?? {},
      alasan: (x.alasan as string | null) ?? null,
      // A count is compared with the period's share of the (annual) target, e.g. a month with 1/12 (targetPeriode).
      petunjuk: bandingkanTarget(
        r.angka,
        targetPeriode(ind.targetAngka, m.agregasiTahunan, x.dari && x.sampai ? jumlahBulan(String(x.dari), String(x.sampai)) : 12),
        m.arah,
      ),
    };
  }

  function keRealisasi(r: RealisasiRow, ind: Pick<IndikatorRow, 'targetAngka'>, bukti: repo.BuktiRow[]): Realisasi {
    return {
      id: r.id, indikatorId: r.indikatorId, periodeKe: r.periodeKe, angka: r.angka, narasi: r.otomatis ? null : r.narasi, otomatis: r.otomatis,
      sumber: keSumber(r, ind), catatan: r.catatan,
      bukti: bukti.filter((b) => b.realisasiId === r.id).map((b) => ({
        id: b.id, jenis: b.jenis, nama: b.nama, url: b.jenis === 'tautan' ? b.url ?? '' : `/api/v1/kinerja/bukti/${b.id}`,
        mime: b.mime, ukuran: b.ukuran, createdAt: b.createdAt.toISOString(),
      })),
      updatedAt: r.updatedAt.toISOString(),
    };
  }

  const keUmpanBalik = (u: repo.UmpanBalikRow, orang: Map<number, repo.OrangRow>): UmpanBalik => ({
    id: u.id, rhkId: u.rhkId, peran: u.peran,
    penulis: { id: u.penulisPegawaiId, nama: (u.penulisPegawaiId != null ? orang.get(u.penulisPegawaiId)?.nama : null) ?? 'Pengguna' },
    isi: u.isi, createdAt: u.createdAt.toISOString(),
  });

  /** The annual figure of an indikator from its periods (see RealisasiTahunanSchema for the rule). */
  function tahunan(ind: IndikatorRow, rows: RealisasiRow[], label: Map<number, string>): RealisasiTahunan {
    const milik = rows.filter((r) => r.indikatorId === ind.id && r.periodeKe > 0 && (r.angka != null || (r.narasi ?? '') !== ''));
    const m = cariMetrik(ind.metrik);
    const perPeriode = milik.map((r) => ({ ke: r.periodeKe, label: label.get(r.periodeKe) ?? `Periode ${r.periodeKe}`, angka: r.angka, narasi: r.otomatis ? null : r.narasi, otomatis: r.otomatis }));
    if (m) {
      const angka = agregatTahunan(m.agregasiTahunan, milik.map((r) => ({ angka: r.angka, bobot: Number((r.sumber as { bobot?: number } | null)?.bobot ?? 0) })));
      return { angka, cara: m.agregasiTahunan, jumlahPeriode: milik.length, perPeriode };
    }
    const cara = ind.aspek === 'kuantitas' ? 'jumlah' : 'rata_rata';
    const nilai = milik.map((r) => r.angka).filter((a): a is number => a != null);
    const angka = !nilai.length ? null : cara === 'jumlah'
      ? Math.round(nilai.reduce((a, b) => a + b, 0) * 100) / 100
      : Math.round((nilai.reduce((a, b) => a + b, 0) / nilai.length) * 100) / 100;
    return { angka, cara, jumlahPeriode: milik.length, perPeriode };
  }

  // ------------------------------------------------------------------ automatic figures

  /** Display name of each figure's scope (unit, lokasi, pegawai), batched. */
  async function namaLingkup(hasil: HasilMetrik[]): Promise<(h: HasilMetrik) => string | null> {
    const ids = (l: string) => [...new Set(hasil.filter((h) => h.lingkup === l && h.refId != null).map((h) => h.refId!))];
    const unitIds = ids('unit');
    const pegawaiIds = ids('pegawai');
    const [unit, orang, lokasi] = await Promise.all([
      unitIds.length ? deps.org.getUnitNames(unitIds) : new Map<number, string>(),
      repo.listOrang(db, pegawaiIds),
      ids('lokasi').length && deps.antrian ? deps.antrian.statistik.daftarLokasi(null) : Promise.resolve([]),
    ]);
    const lok = new Map(lokasi.map((l) => [l.id, l.nama]));
    return (h) => (h.refId == null ? null : h.lingkup === 'unit' ? unit.get(h.refId) ?? null : h.lingkup === 'lokasi' ? lok.get(h.refId) ?? null : orang.get(h.refId)?.nama ?? null);
  }

  /**
   * Fills the realisasi of every indikator bound to a service metric for one period (ADR 0014), in bulk:
   * one query finds the bound indikator of the disetujui SKPs of `tahun` (only `skpIds` when given) whose
   * span overlaps the period, whose period is NOT rated and whose year is NOT ditetapkan (frozen figures are
   * never touched); source facts are fetched once per (source, scope, range) and shared — those per pegawai
   * and per lokasi in bulk, one grouped query for all SKPs (penghitung.siapkan); all figures are
   * written in ONE transaction with multi-row upserts (catatan and bukti kept; evidence rows rewritten only
   * when the record set changed) and one audit entry. The range counted is [max(period start, SKP start),
   * min(period end, SKP end, today WIB)]. A period that has not started is skipped (nothing written).
   * `hanyaUsang`: only figures missing or computed more than {@link USANG_MS} ago (the lazy refresh).
   * A source error leaves that figure as it was (`gagal`).
   * @throws KinerjaErrors.PERIODE_TIDAK_VALID (400) for a period outside the year; RealisasiErrors.PERIODE_TAHUNAN (400) for 0
   */
  async function isiOtomatis(o: { skpIds?: number[]; tahun: number; periodeKe: number; now: Date; hanyaUsang?: boolean; akunId?: number | null }): Promise<HasilIsiOtomatis> {
    const t0 = performance.now();
    if (o.periodeKe === 0) throw E.PERIODE_TAHUNAN();
    const periode = await periodeDariKe(db, o.tahun, o.periodeKe);
    const hariIni = tanggalWib(o.now);
    const hasil: HasilIsiOtomatis = { tahun: o.tahun, periodeKe: o.periodeKe, indikator: 0, dihitung: 0, dilewati: 0, gagal: 0, ms: 0 };
    if (hariIni < periode.mulai) return { ...hasil, ms: Math.round(performance.now() - t0) };
    const rows = await repo.listTerikat(db, { tahun: o.tahun, periodeKe: o.periodeKe, mulai: periode.mulai, selesai: periode.selesai, skpIds: o.skpIds });
    hasil.indikator = rows.length;
    const batasUsang = o.now.getTime() - USANG_MS;
    const penghitung = createPenghitungMetrik(deps, o.now);
    const dihitung: Array<{ r: repo.TerikatRow; h: HasilMetrik; dari: string; sampai: string }> = [];
    const antre: Array<{ r: repo.TerikatRow; dari: string; sampai: string }> = [];
    for (const r of rows) {
      const dari = maks(periode.mulai, r.skpMulai);
      const sampai = min(min(periode.selesai, r.skpSelesai), hariIni);
      const segar = r.dihitungAt != null && Date.parse(r.dihitungAt) >= batasUsang;
      if (dari > sampai || (o.hanyaUsang && segar) || !cariMetrik(r.metrik)) hasil.dilewati++;
      else antre.push({ r, dari, sampai });
    }
    // Per-pegawai and per-lokasi facts of all these SKPs in bulk (one grouped query per source, scope and range);
    // hitung below then finds them in the shared cache and asks the unit-scope sources one by one.
    await penghitung.siapkan(antre.map(({ r, dari, sampai }) => ({
      t: { metrik: r.metrik, lingkup: r.lingkup, refId: r.refId, pegawaiId: r.pegawaiId, unitId: r.unitId }, dari, sampai,
    })));
    // A few source calls at a time: PostgreSQL answers them on several pool connections (PGlite serialises).
    let berikut = 0;
    const pekerja = async () => {
      while (berikut < antre.length) {
        const { r, dari, sampai } = antre[berikut++]!;
        try {
          const h = await penghitung.hitung({ metrik: r.metrik, lingkup: r.lingkup, refId: r.refId, pegawaiId: r.pegawaiId, unitId: r.unitId }, dari, sampai);
          dihitung.push({ r, h, dari, sampai });
        } catch {
          hasil.gagal++;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALEL_SUMBER, antre.length) }, pekerja));
    dihitung.sort((a, b) => a.r.skpId - b.r.skpId || a.r.indikatorId - b.r.indikatorId);
    if (dihitung.length) {
      const nama = await namaLingkup(dihitung.map((d) => d.h));
      const figur: repo.FigurOtomatis[] = dihitung.map(({ r, h, dari, sampai }) => {
        const m = cariMetrik(h.kode)!;
        return {
          indikatorId: r.indikatorId, skpId: r.skpId, periodeKe: o.periodeKe, angka: h.angka, jenis: h.jenis, refIds: h.refIds,
          sumberSama: r.realisasiId != null && r.sidik === h.sidik,
          sumber: {
            metrik: h.kode, label: m.label.id, satuan: m.satuan, lingkup: h.lingkup, refId: h.refId, refNama: nama(h),
            dari, sampai, dihitungAt: o.now.toISOString(), jumlahRekaman: h.refIds.length, bobot: h.bobot, rincian: h.rincian,
            alasan: h.alasan, jenis: h.jenis, sidik: h.sidik,
          },
        };
      });
      hasil.dihitung = await db.transaction(async (tx) => {
        const n = await repo.simpanOtomatis(tx, figur, o.now);
        await recordAudit(tx, {
          akunId: o.akunId ?? null, aksi: 'kinerja.realisasi.isi_otomatis', entitas: 'kinerja_realisasi', entitasId: null,
          data: { tahun: o.tahun, periodeKe: o.periodeKe, jumlah: n, skp: o.skpIds && o.skpIds.length <= 20 ? o.skpIds : o.skpIds?.length ?? 'semua' },
        });
        return n;
      });
    }
    hasil.ms = Math.round(performance.now() - t0);
    return hasil;
  }

  /**
   * The hourly job (src/server/lib/jobs.ts): {@link isiOtomatis} for the running period and the previous one
   * (the previous year's last period in the first period of a year) at `now`. Rated periods are skipped per
   * SKP by isiOtomatis itself, so a rating freezes its evidence.
   */
  async function isiOtomatisJob(now: Date = new Date()): Promise<HasilIsiOtomatis[]> {
    const hariIni = tanggalWib(now);
    const tahun = Number(hariIni.slice(0, 4));
    const kini = periodePada(hariIni, (await pengaturanTahun(db, tahun)).jenisPeriode);
    const daftar: Array<{ tahun: number; ke: number }> = [{ tahun, ke: kini.ke }];
    if (kini.ke > 1) daftar.push({ tahun, ke: kini.ke - 1 });
    else daftar.push({ tahun: tahun - 1, ke: (await periodeTahun(db, tahun - 1)).length });
    const out: HasilIsiOtomatis[] = [];
    for (const d of daftar) out.push(await isiOtomatis({ tahun: d.tahun, periodeKe: d.ke, now }));
    return out;
  }

  // ------------------------------------------------------------------ the sheet

  /**
   * GET /kinerja/skp/:id/periode/:ke — the evaluation sheet (see EvaluasiPeriodeSchema): per RHK the
   * indikator with target, this period's realisasi + bukti (ke ≥ 1) or the year's figure (ke = 0), the umpan
   * balik thread, and the period's penilaian. Before reading, stale automatic figures (> 10 min) of an open
   * period are recomputed (never after rating). `izin` mirrors the checks of the write use cases.
   * @throws KinerjaErrors.SKP_TIDAK_DITEMUKAN (404, also without relation) | PERIODE_TIDAK_VALID (400, params.ke)
   */
  async function lembar(p: Pengguna, skpId: number, ke: number, now: Date = new Date()): Promise<EvaluasiPeriode> {
    const { s, relasi } = await skpDanRelasi(p, skpId);
    let k = await keadaan(s, ke, now);
    const alasan = alasanTidakBisaIsi(s, k);
    if (!alasan) {
      await isiOtomatis({ skpIds: [s.id], tahun: s.tahun, periodeKe: ke, now, hanyaUsang: true, akunId: p.akunId });
      k = await keadaan(s, ke, now);
    }
    return bangunLembar(s, relasi, k, alasanTidakBisaIsi(s, k));
  }

  async function bangunLembar(s: SkpRow, relasi: Relasi, k: Keadaan, alasan: AppError | null): Promise<EvaluasiPeriode> {
    const ke = k.periode.ke;
    const [{ rhk, indikator }, realisasi, umpan, periodik, unitNama, periodeList] = await Promise.all([
      repo.listRencana(db, s.id),
      repo.listRealisasi(db, s.id, ke === 0 ? undefined : ke),
      repo.listUmpanBalik(db, s.id, ke),
      ke === 0 ? repo.hitungPenilaianPeriodik(db, s.id) : Promise.resolve(0),
      deps.org.getUnitNames([s.unitId]),
      periodeTahun(db, s.tahun),
    ]);
    const bukti = ke === 0 ? [] : await repo.listBukti(db, realisasi.map((r) => r.id));
    const orang = await repo.listOrang(db, [s.pegawaiId, s.penilaiId, ...umpan.map((u) => u.penulisPegawaiId)]);
    const label = new Map(periodeList.map((x) => [x.ke, x.label]));
    const adaTerikat = indikator.some((i) => i.metrik != null);
    const pemilikAtauPenilai = relasi === 'pemilik' || relasi === 'penilai';
    const bolehDialog = s.status === 'disetujui' && k.dimulai && !k.terkunci && (k.periode.tahunan || k.dalamSkp);
    const pegawai = orang.get(s.pegawaiId);
    const penilai = s.penilaiId != null ? orang.get(s.penilaiId) : undefined;
    const n = k.dinilai;
    return {
      skp: {
        id: s.id, tahun: s.tahun, status: s.status, pendekatan: s.pendekatan, jenisJabatan: s.jenisJabatan, periodeMulai: s.periodeMulai, periodeSelesai: s.periodeSelesai,
        pegawai: { id: s.pegawaiId, nama: pegawai?.nama ?? '—', nip: pegawai?.nip ?? null, jabatan: s.jabatanNama, unit: unitNama.get(s.unitId) ?? null },
        penilai: s.penilaiId != null ? { id: s.penilaiId, nama: penilai?.nama ?? '—', nip: penilai?.nip ?? null, jabatan: penilai?.jabatan ?? null } : null,
      },
      periode: { ke, label: k.periode.label, mulai: k.periode.mulai, selesai: k.periode.selesai, tahunan: k.periode.tahunan },
      relasi,
      izin: {
        isi: relasi === 'pemilik' && !alasan,
        umpanBalik: pemilikAtauPenilai && bolehDialog,
        nilai: relasi === 'penilai' && s.status === 'disetujui' && k.dimulai && !k.terkunci && (ke === 0 ? periodik > 0 : k.dalamSkp),
        hitungUlang: pemilikAtauPenilai && !alasan && adaTerikat,
      },
      beku: n != null || k.terkunci,
      alasanTidakBisaIsi: relasi === 'pemilik' && alasan ? alasan.message : null,
      rhk: rhk.map((h) => ({
        id: h.id, jenis: h.jenis, uraian: h.uraian,
        indikator: indikator.filter((i) => i.rhkId === h.id).map((i): IndikatorEvaluasi => {
          const r = ke === 0 ? undefined : realisasi.find((x) => x.indikatorId === i.id);
          return {
            id: i.id, aspek: i.aspek, uraian: i.uraian, targetAngka: i.targetAngka, targetSatuan: i.targetSatuan ?? cariMetrik(i.metrik)?.satuan ?? null,
            targetNarasi: i.targetNarasi, perspektif: i.perspektif, metrik: (cariMetrik(i.metrik)?.kode ?? null) as KodeMetrik | null,
            metrikLingkup: i.metrikLingkup, metrikRefId: i.metrikRefId,
            realisasi: r ? keRealisasi(r, i, bukti) : null,
            tahunan: ke === 0 ? tahunan(i, realisasi, label) : null,
          };
        }),
        umpanBalik: umpan.filter((u) => u.rhkId === h.id).map((u) => keUmpanBalik(u, orang)),
      })),
      umpanBalikPerilaku: umpan.filter((u) => u.rhkId == null).map((u) => keUmpanBalik(u, orang)),
      penilaian: n ? {
        id: n.id, ratingHasilKerja: n.ratingHasilKerja, ratingPerilaku: n.ratingPerilaku, predikatMatriks: n.predikatMatriks, predikat: n.predikat,
        alasanPredikat: n.alasanPredikat, catatan: n.catatan, dinilaiAt: n.dinilaiAt.toISOString(), ditetapkanAt: n.ditetapkanAt?.toISOString() ?? null,
        batasKeberatan: n.batasKeberatan, revisi: n.revisi,
      } : null,
    };
  }

  /**
   * POST /kinerja/skp/:id/periode/:ke/hitung-ulang — recomputes every automatic figure of this SKP and
   * period now (not only stale ones) and returns the sheet. Pemilik or penilai; same conditions as filling.
   * @throws SKP_TIDAK_DITEMUKAN (404) | AKSES_DITOLAK (403) | PERIODE_TIDAK_VALID (400) | SKP_BELUM_DISETUJUI,
   *   PERIODE_BELUM_MULAI, PERIODE_DI_LUAR_SKP, TERKUNCI, SUDAH_DINILAI (409) | PERIODE_TAHUNAN (400)
   */
  async function hitungUlang(p: Pengguna, skpId: number, ke: number, now: Date = new Date()): Promise<EvaluasiPeriode> {
    const { s, relasi } = await skpDanRelasi(p, skpId);
    if (relasi !== 'pemilik' && relasi !== 'penilai') throw KinerjaErrors.AKSES_DITOLAK('Hitung ulang hanya dapat diminta oleh pegawai pemilik SKP atau pejabat penilainya.');
    const k = await keadaan(s, ke, now);
    const alasan = alasanTidakBisaIsi(s, k);
    if (alasan) throw alasan;
    await isiOtomatis({ skpIds: [s.id], tahun: s.tahun, periodeKe: ke, now, akunId: p.akunId });
    const k2 = await keadaan(s, ke, now);
    return bangunLembar(s, relasi, k2, alasanTidakBisaIsi(s, k2));
  }

  // ------------------------------------------------------------------ realisasi

  /**
   * PUT /kinerja/realisasi — the pemilik fills (or corrects) the realisasi of one indikator in one period:
   * `angka` (≥ 0), `narasi`, `catatan`; a field left out stays, null clears. On a bound indikator only
   * `catatan` may be sent (the figure comes from service data). One transaction, audited.
   * @throws INDIKATOR_TIDAK_DITEMUKAN (404, also without relation) | AKSES_DITOLAK (403, not the pemilik) |
   *   PERIODE_TIDAK_VALID (400, body.periodeKe) | REALISASI_OTOMATIS (409, fields body.angka / body.narasi) |
   *   SKP_BELUM_DISETUJUI, PERIODE_BELUM_MULAI, PERIODE_DI_LUAR_SKP, TERKUNCI, SUDAH_DINILAI (409)
   */
  async function simpanRealisasi(p: Pengguna, input: RealisasiInput, now: Date = new Date()): Promise<Realisasi> {
    const { ind, s } = await indikatorPemilik(p, input.indikatorId);
    const k = await keadaan(s, input.periodeKe, now, 'body.periodeKe');
    const alasan = alasanTidakBisaIsi(s, k);
    if (alasan) throw alasan;
    if (ind.metrik) {
      const salah = (['angka', 'narasi'] as const).filter((f) => input[f] !== undefined);
      if (salah.length) {
        throw E.REALISASI_OTOMATIS(undefined, salah.map((f) => ({
          field: `body.${f}`, message: 'Diisi otomatis dari data layanan dan tidak dapat diketik; tambahkan catatan bila perlu.',
        })));
      }
    }
    const kosongJadiNull = (v: string | null | undefined) => (v === undefined ? undefined : v === null || v === '' ? null : v);
    const row = await db.transaction(async (tx) => {
      const r = await repo.pastikanRealisasi(tx, { indikatorId: ind.id, skpId: s.id, periodeKe: input.periodeKe, otomatis: ind.metrik != null });
      const patch: Parameters<typeof repo.ubahRealisasi>[2] = { diisiOleh: p.pegawaiId, updatedAt: now };
      if (input.angka !== undefined) patch.angka = input.angka;
      if (input.narasi !== undefined) patch.narasi = kosongJadiNull(input.narasi);
      if (input.catatan !== undefined) patch.catatan = kosongJadiNull(input.catatan);
      const hasil = await repo.ubahRealisasi(tx, r.id, patch);
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'kinerja.realisasi.isi', entitas: 'kinerja_realisasi', entitasId: r.id,
        data: { skpId: s.id, indikatorId: ind.id, periodeKe: input.periodeKe, angka: input.angka, narasi: input.narasi !== undefined, catatan: input.catatan !== undefined },
      });
      return hasil;
    });
    let akhir = row;
    if (ind.metrik && !row.sumber) {
      await isiOtomatis({ skpIds: [s.id], tahun: s.tahun, periodeKe: input.periodeKe, now, akunId: p.akunId });
      akhir = (await repo.findRealisasi(db, row.id)) ?? row;
    }
    return keRealisasi(akhir, ind, await repo.listBukti(db, [akhir.id]));
  }

  // ------------------------------------------------------------------ bukti dukung

  /** Checks shared by adding bukti: pemilik, period open, count cap. Returns what the insert needs. */
  async function siapkanBukti(p: Pengguna, indikatorId: number, ke: number, now: Date) {
    const { ind, s } = await indikatorPemilik(p, indikatorId);
    const k = await keadaan(s, ke, now);
    const alasan = alasanTidakBisaIsi(s, k);
    if (alasan) throw alasan;
    const ada = await repo.findRealisasiKunci(db, ind.id, ke);
    if (ada && (await repo.listBukti(db, [ada.id])).length >= MAKS_BUKTI_PER_REALISASI) throw buktiTerlaluBanyak();
    return { ind, s };
  }

  const buktiTerlaluBanyak = () => new AppError('BUKTI_TERLALU_BANYAK', 'KONFLIK', `Paling banyak ${MAKS_BUKTI_PER_REALISASI} bukti dukung per indikator per periode. Hapus yang tidak diperlukan lebih dahulu.`);

  async function simpanBukti(p: Pengguna, ind: IndikatorRow & { skpId: number }, ke: number, v: Omit<repo.BuktiBaru, 'realisasiId'>) {
    return db.transaction(async (tx) => {
      const r = await repo.pastikanRealisasi(tx, { indikatorId: ind.id, skpId: ind.skpId, periodeKe: ke, otomatis: ind.metrik != null });
      // The cap again under the row lock: simultaneous uploads all pass the check in siapkanBukti.
      await repo.kunciRealisasi(tx, r.id);
      if ((await repo.listBukti(tx, [r.id])).length >= MAKS_BUKTI_PER_REALISASI) throw buktiTerlaluBanyak();
      const b = await repo.insertBukti(tx, { ...v, realisasiId: r.id, olehPegawaiId: p.pegawaiId });
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'kinerja.bukti.tambah', entitas: 'kinerja_bukti', entitasId: b.id,
        data: { skpId: ind.skpId, indikatorId: ind.id, periodeKe: ke, jenis: b.jenis, ukuran: b.ukuran, mime: b.mime },
      });
      return { r, b };
    });
  }

  /**
   * POST /kinerja/indikator/:id/periode/:ke/bukti (multipart) — a file as bukti dukung (kinerja.md §1.8):
   * PDF/JPEG/PNG already checked by content and size by the route (bacaMultipart), stored under
   * uploads/kinerja/<yyyy>/<mm>/ then recorded in one transaction; the file is removed when the transaction
   * fails. `nama` defaults to the file name. Same rights as {@link simpanRealisasi} (also on automatic ones).
   * @throws as simpanRealisasi (field params.ke) | BERKAS_WAJIB (400, field berkas) | BUKTI_TERLALU_BANYAK (409)
   */
  async function tambahBuktiBerkas(p: Pengguna, indikatorId: number, ke: number, masuk: { files: BerkasMasuk[]; fields: Record<string, string> }, now: Date = new Date()) {
    const berkas = masuk.files.find((f) => f.field === 'berkas');
    if (!berkas) throw E.BERKAS_WAJIB(undefined, [{ field: 'berkas', message: 'Pilih berkas PDF, JPEG atau PNG' }]);
    const namaMasuk = (masuk.fields.nama ?? '').trim();
    if (namaMasuk.length > 200) throw E.BERKAS_WAJIB('Judul bukti maksimal 200 karakter.', [{ field: 'nama', message: 'Maksimal 200 karakter' }]);
    const { ind } = await siapkanBukti(p, indikatorId, ke, now);
    const simpan = await penyimpanan.simpan(berkas.isi, { awalan: 'kinerja', jenis: berkas.jenis, now });
    try {
      const { r, b } = await simpanBukti(p, ind, ke, {
        jenis: 'berkas', nama: namaMasuk || berkas.namaFile, path: simpan.path, mime: berkas.mime, ukuran: simpan.ukuran, createdAt: now,
      });
      return keRealisasi(r, ind, [b]).bukti[0]!;
    } catch (e) {
      await penyimpanan.hapus(simpan.path).catch(() => undefined);
      throw e;
    }
  }

  /**
   * POST /kinerja/indikator/:id/periode/:ke/bukti (JSON) — a link as bukti dukung. Only http:// and
   * https:// URLs with a host (no javascript:, data:, file:, no user:password@).
   * @throws as {@link tambahBuktiBerkas} | TAUTAN_TIDAK_VALID (400, field body.tautan)
   */
  async function tambahBuktiTautan(p: Pengguna, indikatorId: number, ke: number, input: BuktiTautanInput, now: Date = new Date()) {
    let url: URL | null = null;
    try {
      url = new URL(input.tautan);
    } catch { /* below */ }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password) {
      throw E.TAUTAN_TIDAK_VALID(undefined, [{ field: 'body.tautan', message: 'Harus alamat web yang diawali http:// atau https://' }]);
    }
    const { ind } = await siapkanBukti(p, indikatorId, ke, now);
    const { r, b } = await simpanBukti(p, ind, ke, { jenis: 'tautan', nama: input.nama, url: url.href, createdAt: now });
    return keRealisasi(r, ind, [b]).bukti[0]!;
  }

  /** The bukti and its SKP for the caller, or 404 BUKTI_TIDAK_DITEMUKAN (missing or no relation). */
  async function buktiDanSkp(p: Pengguna, id: number) {
    const b = await repo.findBukti(db, id);
    if (!b) throw E.BUKTI_TIDAK_DITEMUKAN();
    const { s, relasi } = await skpDanRelasi(p, b.skpId, E.BUKTI_TIDAK_DITEMUKAN);
    return { b, s, relasi };
  }

  /**
   * GET /kinerja/bukti/:id — the file of a bukti dukung for anyone who may read the SKP; always served as
   * an attachment with nosniff and no-store (headerUnduhan).
   * @throws BUKTI_TIDAK_DITEMUKAN (404: missing, a link, or no relation) | BERKAS_TIDAK_DITEMUKAN (404, file gone)
   */
  async function unduhBukti(p: Pengguna, id: number): Promise<{ stream: ReadStream; header: Record<string, string> }> {
    const { b } = await buktiDanSkp(p, id);
    if (b.jenis !== 'berkas' || !b.path || !b.mime) throw E.BUKTI_TIDAK_DITEMUKAN('Bukti ini berupa tautan, bukan berkas.');
    return { stream: penyimpanan.buka(b.path), header: headerUnduhan({ namaFile: b.nama, mime: b.mime, ukuran: b.ukuran ?? undefined }) };
  }

  /**
   * DELETE /kinerja/bukti/:id — the pemilik removes a bukti while the period is open (not after rating);
   * the file is deleted after the transaction commits. Audited.
   * @throws BUKTI_TIDAK_DITEMUKAN (404) | AKSES_DITOLAK (403) | SUDAH_DINILAI, TERKUNCI, … (409)
   */
  async function hapusBukti(p: Pengguna, id: number, now: Date = new Date()): Promise<void> {
    const { b, s, relasi } = await buktiDanSkp(p, id);
    if (relasi !== 'pemilik') throw KinerjaErrors.AKSES_DITOLAK('Bukti dukung hanya dapat dihapus oleh pegawai pemilik SKP.');
    const alasan = alasanTidakBisaIsi(s, await keadaan(s, b.periodeKe, now));
    if (alasan) throw alasan;
    await db.transaction(async (tx) => {
      await repo.deleteBukti(tx, b.id);
      await recordAudit(tx, { akunId: p.akunId, aksi: 'kinerja.bukti.hapus', entitas: 'kinerja_bukti', entitasId: b.id, data: { skpId: s.id, periodeKe: b.periodeKe, jenis: b.jenis, nama: b.nama } });
    });
    if (b.path) await penyimpanan.hapus(b.path).catch(() => undefined);
  }

  // ------------------------------------------------------------------ umpan balik

  /**
   * POST /kinerja/skp/:id/periode/:ke/umpan-balik — umpan balik berkelanjutan (kinerja.md §1.1 stage 2, §1.8):
   * the penilai writes (peran 'penilai'; the pemilik is notified, template kinerja.umpan_balik), the pemilik
   * answers (peran 'pegawai'). About an RHK of this SKP, or null for perilaku / the period as a whole. Also on
   * the annual sheet (ke = 0) and after rating; not before the period starts nor once the year is ditetapkan.
   * @throws SKP_TIDAK_DITEMUKAN (404) | AKSES_DITOLAK (403: other relations) | PERIODE_TIDAK_VALID (400) |
   *   RHK_TIDAK_VALID (400, body.rhkId) | SKP_BELUM_DISETUJUI, PERIODE_BELUM_MULAI, PERIODE_DI_LUAR_SKP, TERKUNCI (409)
   */
  async function tulisUmpanBalik(p: Pengguna, skpId: number, ke: number, input: UmpanBalikInput, now: Date = new Date()): Promise<UmpanBalik> {
    const { s, relasi } = await skpDanRelasi(p, skpId);
    if (relasi !== 'penilai' && relasi !== 'pemilik') {
      throw KinerjaErrors.AKSES_DITOLAK('Umpan balik ditulis oleh pejabat penilai dan dijawab oleh pegawai pemilik SKP.');
    }
    const k = await keadaan(s, ke, now);
    if (s.status !== 'disetujui') throw E.SKP_BELUM_DISETUJUI();
    if (!k.dimulai) throw E.PERIODE_BELUM_MULAI(`Periode ${k.periode.label} baru dimulai pada ${k.periode.mulai}.`);
    if (!k.periode.tahunan && !k.dalamSkp) throw E.PERIODE_DI_LUAR_SKP();
    if (k.terkunci) throw KinerjaErrors.TERKUNCI();
    if (input.rhkId != null && !(await repo.rhkMilikSkp(db, input.rhkId, s.id))) {
      throw E.RHK_TIDAK_VALID(undefined, [{ field: 'body.rhkId', message: 'RHK tidak ada pada SKP ini' }]);
    }
    const peran = relasi === 'penilai' ? 'penilai' : 'pegawai';
    const row = await db.transaction(async (tx) => {
      const u = await repo.insertUmpanBalik(tx, {
        skpId: s.id, rhkId: input.rhkId, periodeKe: ke, penulisPegawaiId: p.pegawaiId, penulisAkunId: p.akunId, peran, isi: input.isi, createdAt: now,
      });
      await recordAudit(tx, { akunId: p.akunId, aksi: 'kinerja.umpan_balik.tulis', entitas: 'kinerja_umpan_balik', entitasId: u.id, data: { skpId: s.id, periodeKe: ke, rhkId: input.rhkId, peran } });
      if (peran === 'penilai') {
        const pemilik = (await repo.listOrang(tx, [s.pegawaiId])).get(s.pegawaiId);
        await deps.notifikasi.antrikan(tx, {
          kunci: `kinerja:umpan_balik:${u.id}`, templat: 'kinerja.umpan_balik', telepon: pemilik?.telepon ?? null,
          data: { periode: k.periode.label, tahun: s.tahun, tautan: `/app/kinerja/skp/${s.id}/${ke === 0 ? 'tahunan' : `periode/${ke}`}` },
        });
      }
      return u;
    });
    return keUmpanBalik(row, await repo.listOrang(db, [row.penulisPegawaiId]));
  }

  // ------------------------------------------------------------------ source records

  /**
   * GET /kinerja/realisasi/:id/sumber — the records that produced an automatic figure (the evidence the
   * pegawai and the atasan can check), paged by record id; display rows without personal data.
   * @throws REALISASI_TIDAK_DITEMUKAN (404, also without relation) | SUMBER_TIDAK_ADA (404, typed by hand)
   */
  async function sumber(p: Pengguna, realisasiId: number, q: { page: number; per_page: number }): Promise<SumberRealisasi> {
    const r = await repo.findRealisasi(db, realisasiId);
    if (!r) throw E.REALISASI_TIDAK_DITEMUKAN();
    await skpDanRelasi(p, r.skpId, E.REALISASI_TIDAK_DITEMUKAN);
    const x = r.sumber as { metrik?: string; jenis?: string } | null;
    const m = cariMetrik(x?.metrik);
    if (!r.otomatis || !m) throw E.SUMBER_TIDAK_ADA();
    const { ids, total } = await repo.listSumber(db, r.id, q.per_page, (q.page - 1) * q.per_page);
    const jenis: JenisRekaman = m.jenisRekaman;
    return { realisasiId: r.id, metrik: m.kode, label: m.label.id, jenis, total, page: q.page, per_page: q.per_page, items: await rekamanSumber(deps, jenis, ids) };
  }

  // ------------------------------------------------------------------ catalogue

  /**
   * GET /kinerja/metrik — what an indikator can be bound to: the catalogue entries whose source module runs,
   * the units of the caller's OPD (the OPD first) and its queue lokasi (active ones). A caller without an
   * OPD (e.g. BKPSDM's account) gets the catalogue with empty unit/lokasi lists.
   */
  async function katalog(p: Pengguna): Promise<KatalogMetrik> {
    const metrik = metrikTersedia(deps).map((m) => ({ ...m, lingkup: [...m.lingkup] }));
    let opdId = p.opdId;
    if (opdId == null && p.pegawaiId != null) opdId = (await deps.org.getPegawai(p.pegawaiId))?.opdId ?? null;
    if (opdId == null) return { metrik, unit: [], lokasi: [] };
    const unitIds = await deps.org.listUnitIdOpd(opdId);
    const nama = await deps.org.getUnitNames(unitIds);
    const unit = unitIds.map((id) => ({ id, nama: nama.get(id) ?? '—' }))
      .sort((a, b) => (a.id === opdId ? -1 : b.id === opdId ? 1 : a.nama.localeCompare(b.nama, 'id')));
    const lokasi = deps.antrian && unitIds.length
      ? (await deps.antrian.statistik.daftarLokasi(unitIds)).filter((l) => l.aktif).map((l) => ({ id: l.id, nama: l.nama }))
      : [];
    return { metrik, unit, lokasi };
  }

  /** Upload limit the route passes to bacaMultipart (config LAYANAN_MAKS_BERKAS_MB). */
  const batasUnggah = { maksBerkasByte: deps.maksBerkasByte };

  return {
    batasUnggah, katalog, lembar, hitungUlang, simpanRealisasi, tambahBuktiBerkas, tambahBuktiTautan, unduhBukti, hapusBukti,
    tulisUmpanBalik, sumber, isiOtomatis, isiOtomatisJob,
  };
}
export type KinerjaRealisasiService = ReturnType<typeof createKinerjaRealisasiService>;
