import type {
  AngkaKredit, AngkaKreditQuery, JenjangJf, KinerjaPeriodikRecord, KoefisienAk, KoefisienAkList, KoefisienAkUbah,
  PengaturanTahunDetail, PengaturanTahunUbah, SiasnQuery, Skp22Record,
} from '../../../contracts/kinerja-dokumen.ts';
import { JENJANG_JF } from '../../../contracts/kinerja-dokumen.ts';
import { KOEFISIEN_AK_AWAL, PERSEN_PREDIKAT_AK, angkaKredit } from '../../../domain/kinerja/angka-kredit.ts';
import { LABEL_PREDIKAT_ORGANISASI, periksaDistribusi } from '../../../domain/kinerja/distribusi.ts';
import { agregatTahunan, cariMetrik } from '../../../domain/kinerja/metrik.ts';
import { perilakuSkp } from '../../../domain/kinerja/perilaku.ts';
import { daftarPeriode, type JenisPeriode } from '../../../domain/kinerja/periode.ts';
import { LABEL_PREDIKAT, LABEL_RATING, type Predikat } from '../../../domain/kinerja/predikat.ts';
import { KOLOM_KINERJA_PERIODIK, KOLOM_SKP22, keCsv, keKinerjaPeriodik, keSkp22, type PenilaianSiasn } from '../../../domain/kinerja/siasn.ts';
import { namaDenganGelar } from '../../../domain/org/atasan.ts';
import { pangkatOf } from '../../../domain/org/golongan.ts';
import { formatNip } from '../../../domain/org/nip.ts';
import { tanggalWib } from '../../../domain/shared/tanggal.ts';
import type { DbOrTx } from '../../db/client.ts';
import { CommonErrors } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/index.ts';
import { wajibRelasi, type Pengguna } from './kinerja.akses.ts';
import type { KinerjaDeps } from './kinerja.deps.ts';
import { DokumenErrors as E } from './kinerja.dokumen.errors.ts';
import * as repo from './kinerja.dokumen.repository.ts';
import { KinerjaErrors } from './kinerja.errors.ts';
import { buatPdfEvaluasi, buatPdfSkp, tanggalId, type IndikatorEvaluasiPdf, type OpsiPdf, type OrangDokumen, type RhkEvaluasiPdf } from './kinerja.pdf.ts';
import { PENGATURAN_BAWAAN, pengaturanTahun, periodeDariKe } from './kinerja.periode.ts';
import { buatXlsxOpd, type DataXlsxOpd } from './kinerja.xlsx.ts';

/** The instansi printed on every document (kinerja.md §6). */
export const INSTANSI = 'Pemerintah Kota Tanjungbalai';

/** A generated file: name for Content-Disposition, MIME type and bytes/text. */
export type Berkas = { namaBerkas: string; mime: string; isi: Buffer | string };

/** Labels of the jenjang codes of jabatan fungsional, matching the keys of KOEFISIEN_AK_AWAL (kinerja.md §1.9a). */
export const LABEL_JENJANG: Record<JenjangJf, string> = {
  AHLI_PERTAMA: 'Ahli Pertama', AHLI_MUDA: 'Ahli Muda', AHLI_MADYA: 'Ahli Madya', AHLI_UTAMA: 'Ahli Utama',
  PEMULA: 'Pemula', TERAMPIL: 'Terampil', MAHIR: 'Mahir', PENYELIA: 'Penyelia',
};

const LABEL_ASPEK: Record<string, string> = { kuantitas: 'Kuantitas', kualitas: 'Kualitas', waktu: 'Waktu', biaya: 'Biaya' };
const LABEL_PERSPEKTIF: Record<string, string> = {
  penerima_layanan: 'Penerima Layanan', penguatan_internal: 'Penguatan Internal', anggaran: 'Anggaran', proses_bisnis: 'Proses Bisnis',
};

/** A number the Indonesian way, up to 2 decimals: 1234.5 → '1.234,5'. */
export function angkaId(x: number): string {
  const r = Math.round(x * 100) / 100;
  const [bulat = '0', pecahan] = Math.abs(r).toString().split('.');
  return `${r < 0 ? '-' : ''}${bulat.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${pecahan ? `,${pecahan}` : ''}`;
}

/** "2 Dokumen", "100%", the narrative target, or '–' (kinerja.md §1.2: number plus unit, or narrative). */
function teksNilai(angka: number | null, satuan: string | null, narasi: string | null): string {
  if (angka != null) {
    const s = satuan?.trim() ?? '';
    return `${angkaId(angka)}${s === '%' ? '%' : s ? ` ${s}` : ''}`;
  }
  return narasi?.trim() || '–';
}

const satuanIndikator = (i: repo.IndikatorRow) => i.targetSatuan ?? cariMetrik(i.metrik)?.satuan ?? null;

/** Months covered by a span of whole months 'YYYY-MM-DD'..'YYYY-MM-DD' (1–12). */
function bulanRentang(mulai: string, selesai: string): number {
  const m = (t: string) => Number(t.slice(0, 4)) * 12 + Number(t.slice(5, 7)) - 1;
  return Math.min(12, Math.max(1, m(selesai) - m(mulai) + 1));
}

const bulat3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Σ AK of rated periods with ONE rounding at the end, in the integer arithmetic of `angkaKredit` (domain
 * angka-kredit.ts): two months Baik as Ahli Pertama = 2.083, not 1.042 + 1.042 = 2.084.
 */
function jumlahAk(periode: { predikat: Predikat | null; bulan: number }[], koefisien: number): number {
  const ribuan = periode.reduce((t, x) => t + (x.predikat ? Math.round(koefisien * 1000) * PERSEN_PREDIKAT_AK[x.predikat] * x.bulan : 0), 0);
  return Math.round(ribuan / 12 / 100) / 1000;
}

/**
 * Documents, exports, angka kredit and year settings of the kinerja module (issue #5 "Outputs"; plan H4):
 * - {@link pdfSkp}, {@link pdfEvaluasi}: per-SKP PDFs, scoped by the caller's relation to the SKP (404 otherwise);
 * - {@link xlsxOpd}, {@link angkaKreditOpd}: per-OPD outputs for admin (any OPD), admin OPD (own) and the
 *   kepala OPD (the pegawai heading the OPD unit); 404 for anyone else;
 * - {@link siasn}: the SIASN-shaped export (kinerja:kelola at the route);
 * - {@link daftarKoefisien}, {@link ubahKoefisien}: the koefisien angka kredit table (seeded lazily);
 * - {@link pengaturan}, {@link ubahPengaturan}: settings of a performance year.
 */
export function createKinerjaDokumenService(deps: KinerjaDeps) {
  const { db, org } = deps;

  // ------------------------------------------------------------------------------------- helpers

  async function skpTerlihat(p: Pengguna, id: number): Promise<repo.SkpRow> {
    const s = await repo.findSkp(db, id);
    if (!s) throw KinerjaErrors.SKP_TIDAK_DITEMUKAN();
    await wajibRelasi(org, p, s);
    return s;
  }

  /**
   * The OPD if the caller may see its outputs: admin any OPD, admin OPD their own, a pegawai who heads the
   * OPD unit (jabatan kepala unit of the OPD). Anyone else — and an unknown id — gets the same 404.
   */
  async function wajibOpd(p: Pengguna, opdId: number): Promise<{ id: number; nama: string }> {
    const opd = await repo.findOpd(db, opdId);
    const boleh = !!opd && (
      p.roles.includes('admin')
      || (p.roles.includes('admin_opd') && p.opdId === opdId)
      || (p.pegawaiId != null && await repo.kepalaUnit(db, p.pegawaiId, opdId))
    );
    if (!opd || !boleh) throw E.OPD_TIDAK_DITEMUKAN();
    return opd;
  }

  function orang(o: repo.OrangRow | undefined, jabatan?: string | null, unit?: string | null): OrangDokumen | null {
    if (!o) return null;
    let nip: string | null = o.nip;
    try { nip = formatNip(o.nip); } catch { /* NI PPPK or a non-standard number: as stored */ }
    const pangkat = o.jenisAsn === 'PNS' ? pangkatOf(o.golongan) : null;
    return {
      nama: namaDenganGelar(o), nip,
      pangkatGol: pangkat ? `${pangkat} (${o.golongan})` : o.jenisAsn === 'PPPK' ? `Golongan ${o.golongan} (PPPK)` : o.golongan,
      jabatan: jabatan ?? o.jabatan ?? '–', unit: unit ?? o.unit ?? '–',
    };
  }

  /** The pegawai (jabatan and unit as snapshotted on the SKP) and the penilai (current jabatan/unit). */
  async function pihak(s: repo.SkpRow) {
    const people = await repo.findOrang(db, [s.pegawaiId, ...(s.penilaiId ? [s.penilaiId] : [])]);
    const units = await repo.namaUnit(db, [s.unitId]);
    const pegawai = orang(people.get(s.pegawaiId), s.jabatanNama, units.get(s.unitId))!;
    const penilai = s.penilaiId ? orang(people.get(s.penilaiId)) : null;
    return { pegawai, penilai };
  }

  const namaBerkasNip = (nip: string) => nip.replace(/[^0-9A-Za-z]/g, '') || 'pegawai';

  // ------------------------------------------------------------------------------------- SKP PDF

  /**
   * GET /kinerja/skp/:id/pdf — the SKP form (kinerja.md §1.2; PermenPANRB 6/2022 Lampiran). Any read
   * relation to the SKP (kinerja.akses.ts RELASI_BACA).
   * @returns `{ namaBerkas: 'skp-<tahun>-<nip>.pdf', mime, isi }`
   * @throws KinerjaErrors.SKP_TIDAK_DITEMUKAN (404: unknown SKP or no relation)
   */
  async function pdfSkp(p: Pengguna, id: number, now: Date = new Date(), opsi: OpsiPdf = {}): Promise<Berkas> {
    const s = await skpTerlihat(p, id);
    const [{ pegawai, penilai }, rhk, indikator, ekspektasi] = await Promise.all([
      pihak(s), repo.findRhk(db, s.id), repo.findIndikator(db, s.id), repo.findEkspektasi(db, s.id),
    ]);
    const jpt = s.jenisJabatan === 'JPT';
    const isi = await buatPdfSkp({
      instansi: INSTANSI, tahun: s.tahun, periodeMulai: s.periodeMulai, periodeSelesai: s.periodeSelesai, pendekatan: s.pendekatan,
      jpt, status: s.status, pegawai, penilai,
      rhk: rhk.map((r) => ({
        jenis: r.jenis, uraian: r.uraian, sumberPk: r.sumberPk,
        rhkPimpinan: r.parentUraian ? `${r.parentUraian}${r.parentPegawai ? ` (${r.parentPegawai})` : ''}` : null,
        indikator: indikator.filter((i) => i.rhkId === r.id).map((i) => ({
          aspek: LABEL_ASPEK[i.aspek] ?? i.aspek, uraian: i.uraian,
          target: teksNilai(s.pendekatan === 'kualitatif' && i.targetNarasi ? null : i.targetAngka, satuanIndikator(i), i.targetNarasi),
          perspektif: i.perspektif ? (LABEL_PERSPEKTIF[i.perspektif] ?? i.perspektif) : null, otomatis: !!i.metrik,
        })),
      })),
      perilaku: perilakuSkp(ekspektasi),
      tanggal: tanggalWib(s.disetujuiAt ?? now),
      dibuatPada: now.toISOString(),
    }, opsi);
    return { namaBerkas: `skp-${s.tahun}-${namaBerkasNip(pegawai.nip ?? '')}.pdf`, mime: 'application/pdf', isi };
  }

  // ------------------------------------------------------------------------------- evaluation PDF

  /** Annual figure of an indikator from its periodic realisasi (the rule of kinerja-realisasi.ts RealisasiTahunanSchema). */
  function realisasiTahunan(i: repo.IndikatorRow, rows: repo.RealisasiRow[], labelKe: (ke: number) => string): Omit<IndikatorEvaluasiPdf, 'uraian' | 'target' | 'perspektif'> {
    const bukti = rows.flatMap((r) => r.bukti);
    const catatan = rows.filter((r) => r.catatan).map((r) => `${labelKe(r.periodeKe)}: ${r.catatan}`).join('; ') || null;
    const buktiRingkas = bukti.length > 8 ? [...bukti.slice(0, 8), `dan ${bukti.length - 8} lainnya`] : bukti;
    const metrik = cariMetrik(i.metrik);
    const denganAngka = rows.filter((r) => r.angka != null);
    if (metrik) {
      const angka = agregatTahunan(metrik.agregasiTahunan, rows.map((r) => ({ angka: r.angka, bobot: r.jumlahRekaman ?? 0 })));
      const cara = metrik.agregasiTahunan === 'jumlah' ? 'jumlah' : 'rata-rata tertimbang jumlah data';
      return {
        realisasi: teksNilai(angka, satuanIndikator(i), null), otomatis: true,
        keterangan: denganAngka.length ? `${cara} ${denganAngka.length} periode` : null, bukti: buktiRingkas, catatan,
      };
    }
    if (denganAngka.length) {
      const jumlah = denganAngka.reduce((t, r) => t + r.angka!, 0);
      const kuantitas = i.aspek === 'kuantitas';
      const angka = kuantitas ? jumlah : jumlah / denganAngka.length;
      return {
        realisasi: teksNilai(angka, satuanIndikator(i), null), otomatis: false,
        keterangan: `${kuantitas ? 'jumlah' : 'rata-rata'} ${denganAngka.length} periode`, bukti: buktiRingkas, catatan,
      };
    }
    const narasi = rows.filter((r) => r.narasi?.trim()).map((r) => `${labelKe(r.periodeKe)}: ${r.narasi!.trim()}`);
    return { realisasi: narasi.length ? narasi.join('\n') : '–', otomatis: false, keterangan: null, bukti: buktiRingkas, catatan };
  }

  /**
   * The predikat organisasi that applies to an SKP's unit in a period: the nearest unit from the SKP's unit
   * up to its OPD that has one; none → the OPD, "belum ditetapkan". The pola distribusi counts the same unit
   * (an OPD: all its penilaian; a sub-unit: its own — kinerja.md §1.7, as the distribution view).
   */
  async function organisasiDanDistribusi(s: repo.SkpRow, ke: number) {
    const rantai = await repo.rantaiUnit(db, s.unitId);
    const po = await repo.findPredikatOrganisasi(db, rantai.map((u) => u.id), s.tahun, ke);
    const dipakai = rantai.find((u) => po.some((x) => x.unitId === u.id))
      ?? rantai.find((u) => u.isOpd) ?? { id: s.opdId, nama: (await repo.namaUnit(db, [s.opdId])).get(s.opdId) ?? '–', isOpd: true };
    const pred = po.find((x) => x.unitId === dipakai.id) ?? null;
    const distribusi = await repo.jumlahPredikat(db, dipakai, s.tahun, ke);
    return {
      organisasi: { unit: dipakai.nama, predikat: pred ? LABEL_PREDIKAT_ORGANISASI[pred.predikat] : null, capaian: pred?.capaian ?? null },
      distribusi,
    };
  }

  /**
   * GET /kinerja/skp/:id/evaluasi/:ke/pdf — Dokumen Evaluasi Kinerja Pegawai of period `ke` (≥ 1) or of the
   * year (`ke` = 0; annual realisasi from the periods: counts summed, other figures averaged — weighted by
   * records for automatic ones). Any read relation to the SKP.
   * @returns `{ namaBerkas: 'evaluasi-<tahun>-<ke|tahunan>-<nip>.pdf', mime, isi }`
   * @throws KinerjaErrors.SKP_TIDAK_DITEMUKAN (404) | KinerjaErrors.PERIODE_TIDAK_VALID (400, field params.ke) for a
   *   period the year does not have or one outside the SKP's span
   */
  async function pdfEvaluasi(p: Pengguna, id: number, ke: number, now: Date = new Date(), opsi: OpsiPdf = {}): Promise<Berkas> {
    const s = await skpTerlihat(p, id);
    const periode = await periodeDariKe(db, s.tahun, ke);
    if (periode.mulai > s.periodeSelesai || periode.selesai < s.periodeMulai) {
      throw KinerjaErrors.PERIODE_TIDAK_VALID(
        `Periode ${periode.label} berada di luar masa berlaku SKP ini (${tanggalId(s.periodeMulai)} s.d. ${tanggalId(s.periodeSelesai)}).`,
        [{ field: 'params.ke', message: 'di luar masa berlaku SKP' }],
      );
    }
    const [{ pegawai, penilai }, rhk, indikator, ekspektasi, realisasi, umpanBalik, penilaian, org2] = await Promise.all([
      pihak(s), repo.findRhk(db, s.id), repo.findIndikator(db, s.id), repo.findEkspektasi(db, s.id),
      repo.findRealisasi(db, s.id, ke === 0 ? null : ke), repo.findUmpanBalik(db, s.id, ke), repo.findPenilaian(db, s.id, ke),
      organisasiDanDistribusi(s, ke),
    ]);
    const jenisPeriode = (await pengaturanTahun(db, s.tahun)).jenisPeriode;
    const label = new Map(daftarPeriode(s.tahun, jenisPeriode).map((x) => [x.ke, x.label.replace(` ${s.tahun}`, '')]));
    const labelKe = (k: number) => label.get(k) ?? `Periode ${k}`;
    const jpt = s.jenisJabatan === 'JPT';
    const rhkPdf: RhkEvaluasiPdf[] = rhk.map((r) => ({
      jenis: r.jenis, uraian: r.uraian,
      umpanBalik: umpanBalik.filter((u) => u.rhkId === r.id).map((u) => ({ peran: u.peran, isi: u.isi })),
      indikator: indikator.filter((i) => i.rhkId === r.id).map((i): IndikatorEvaluasiPdf => {
        const dasar = {
          uraian: i.uraian,
          target: teksNilai(s.pendekatan === 'kualitatif' && i.targetNarasi ? null : i.targetAngka, satuanIndikator(i), i.targetNarasi),
          perspektif: jpt && i.perspektif ? (LABEL_PERSPEKTIF[i.perspektif] ?? i.perspektif) : null,
        };
        const milik = realisasi.filter((x) => x.indikatorId === i.id);
        if (ke === 0) {
          const tahunanTersimpan = milik.find((x) => x.periodeKe === 0);
          if (!tahunanTersimpan) return { ...dasar, ...realisasiTahunan(i, milik.filter((x) => x.periodeKe > 0), labelKe) };
        }
        const x = milik.find((m) => m.periodeKe === ke);
        return {
          ...dasar,
          realisasi: x ? teksNilai(x.angka, satuanIndikator(i), x.narasi) : '–',
          otomatis: x ? x.otomatis : !!i.metrik,
          keterangan: x ? null : 'belum diisi',
          bukti: x?.bukti ?? [], catatan: x?.catatan ?? null,
        };
      }),
    }));
    const isi = await buatPdfEvaluasi({
      instansi: INSTANSI, tahun: s.tahun, periodeLabel: periode.label,
      // The part of the period the SKP covers (an SKP after a mutasi starts later than 1 January).
      periodeMulai: periode.mulai < s.periodeMulai ? s.periodeMulai : periode.mulai,
      periodeSelesai: periode.selesai > s.periodeSelesai ? s.periodeSelesai : periode.selesai,
      tahunan: ke === 0, jpt, pegawai, penilai, rhk: rhkPdf,
      perilaku: perilakuSkp(ekspektasi).map((x) => ({ nama: x.nama, ekspektasiKhusus: x.ekspektasiKhusus })),
      umpanBalikPerilaku: umpanBalik.filter((u) => u.rhkId == null).map((u) => ({ peran: u.peran, isi: u.isi })),
      penilaian: penilaian ? {
        ratingHasilKerja: LABEL_RATING[penilaian.ratingHasilKerja], ratingPerilaku: LABEL_RATING[penilaian.ratingPerilaku],
        predikat: LABEL_PREDIKAT[penilaian.predikat], alasanPredikat: penilaian.alasanPredikat, catatan: penilaian.catatan,
      } : null,
      organisasi: org2.organisasi, distribusi: org2.distribusi,
      tanggal: tanggalWib(penilaian?.dinilaiAt ?? now), dibuatPada: now.toISOString(),
    }, opsi);
    return { namaBerkas: `evaluasi-${s.tahun}-${ke === 0 ? 'tahunan' : `p${ke}`}-${namaBerkasNip(pegawai.nip ?? '')}.pdf`, mime: 'application/pdf', isi };
  }

  // ------------------------------------------------------------------------------------- OPD XLSX

  /**
   * GET /kinerja/opd/:opdId/xlsx?tahun — the OPD workbook (kinerja.xlsx.ts): predikat per pegawai per period
   * + Tahunan, and the distribution per unit and period with predikat organisasi and the warnings of
   * `periksaDistribusi` (kinerja.md §1.7).
   * @throws DokumenErrors.OPD_TIDAK_DITEMUKAN (404: unknown OPD or outside the caller's scope)
   */
  async function xlsxOpd(p: Pengguna, opdId: number, tahun: number, now: Date = new Date()): Promise<Berkas> {
    const opd = await wajibOpd(p, opdId);
    const [skps, penilaian, units, { jenisPeriode }] = await Promise.all([
      repo.findSkpOpd(db, opdId, tahun), repo.findPenilaianOpd(db, opdId, tahun), repo.findUnitOpd(db, opdId), pengaturanTahun(db, tahun),
    ]);
    const periode = daftarPeriode(tahun, jenisPeriode);
    const perSkp = new Map<number, Record<number, Predikat>>();
    for (const x of penilaian) {
      const m = perSkp.get(x.skpId) ?? {};
      m[x.periodeKe] = x.predikat;
      perSkp.set(x.skpId, m);
    }
    const pegawai: DataXlsxOpd['pegawai'] = skps.map((s) => {
      const setahun = s.periodeMulai === `${tahun}-01-01` && s.periodeSelesai === `${tahun}-12-31`;
      const ket = [
        setahun ? null : `SKP ${tanggalId(s.periodeMulai)} - ${tanggalId(s.periodeSelesai)}`,
        s.aktif ? null : 'tidak aktif (diganti SKP baru)',
      ].filter(Boolean).join('; ');
      return { nip: s.nip, nama: namaDenganGelar(s), jabatan: s.jabatan, unit: s.unit, predikat: perSkp.get(s.id) ?? {}, keterangan: ket || null };
    });
    const po = await repo.findPredikatOrganisasi(db, units.map((u) => u.id), tahun);
    const namaPer = new Map(units.map((u) => [u.id, u.nama]));
    const kolom = [...periode.map((x) => ({ ke: x.ke, label: x.label })), { ke: 0, label: `Tahunan ${tahun}` }];
    const distribusi: DataXlsxOpd['distribusi'] = [];
    for (const u of units) {
      for (const k of kolom) {
        const jumlah: Partial<Record<Predikat, number>> = {};
        for (const x of penilaian) {
          if (x.periodeKe !== k.ke || (!u.isOpd && x.unitId !== u.id)) continue;
          jumlah[x.predikat] = (jumlah[x.predikat] ?? 0) + 1;
        }
        const pred = po.find((x) => x.unitId === u.id && x.periodeKe === k.ke) ?? null;
        if (!pred && !Object.keys(jumlah).length) continue;
        distribusi.push({
          unit: u.nama, induk: u.parentId ? (namaPer.get(u.parentId) ?? null) : null, periodeKe: k.ke, periodeLabel: k.label, jumlah,
          predikatOrganisasi: pred?.predikat ?? null, alasanPertahankan: pred?.alasanPertahankan ?? null,
          peringatan: pred ? periksaDistribusi(pred.predikat, jumlah).map((w) => w.pesan) : [],
        });
      }
    }
    const isi = await buatXlsxOpd({ opd, tahun, periode: periode.map((x) => ({ ke: x.ke, label: x.label })), pegawai, distribusi, dibuatPada: now });
    return { namaBerkas: `kinerja-opd-${opdId}-${tahun}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', isi };
  }

  // ------------------------------------------------------------------------------------------- SIASN

  /**
   * GET /kinerja/siasn — the SIASN-shaped export (kinerja.md §5.6; domain siasn.ts for the field names and
   * value conventions): skp22 from the annual penilaian (optionally only those fixed by penetapan),
   * kinerjaperiodik from the periodic ones (optionally one period); optionally one OPD. JSON = an array of
   * records; CSV = RFC 4180 with BOM and CRLF. The export is recorded in the audit log (bulk personal data).
   * @returns `{ namaBerkas: 'siasn-<jenis>-<tahun>[-p<ke>][-opd<id>].<format>', mime, isi, records }`
   * @throws CommonErrors.VALIDASI (400, field querystring.periodeKe) when a period is given for skp22
   */
  async function siasn(p: Pengguna, q: SiasnQuery): Promise<Berkas & { records: Skp22Record[] | KinerjaPeriodikRecord[] }> {
    if (q.jenis === 'skp22' && q.periodeKe != null) {
      throw CommonErrors.VALIDASI('Periode hanya dipakai untuk ekspor kinerjaperiodik.', [{ field: 'querystring.periodeKe', message: 'hanya untuk jenis kinerjaperiodik' }]);
    }
    const tahunan = q.jenis === 'skp22';
    const rows = await repo.findPenilaianSiasn(db, {
      tahun: q.tahun, tahunan, opdId: q.opdId, periodeKe: q.periodeKe, hanyaDitetapkan: tahunan && q.hanyaDitetapkan,
    });
    const masukan: PenilaianSiasn[] = rows.map((r) => ({
      tahun: r.tahun, jenisPeriode: (r.jenisPeriode === 'tahunan' ? 'bulanan' : r.jenisPeriode) as JenisPeriode, periodeKe: r.periodeKe,
      ratingHasilKerja: r.ratingHasilKerja, ratingPerilaku: r.ratingPerilaku, predikat: r.predikat, nip: r.nip,
      jenisJabatan: r.jenisJabatan, jenjang: r.jenjang,
      penilai: r.penilaiNama == null ? null : {
        nama: namaDenganGelar({ nama: r.penilaiNama, gelarDepan: r.penilaiGelarDepan, gelarBelakang: r.penilaiGelarBelakang }),
        nip: r.penilaiNip ?? '', golongan: r.penilaiGolongan ?? '', jabatan: r.penilaiJabatan ?? '', unor: r.penilaiUnit ?? '',
      },
    }));
    const records = tahunan ? masukan.map(keSkp22) : masukan.map(keKinerjaPeriodik);
    const dasar = `siasn-${q.jenis}-${q.tahun}${q.periodeKe != null ? `-p${q.periodeKe}` : ''}${q.opdId != null ? `-opd${q.opdId}` : ''}`;
    await recordAudit(db, {
      akunId: p.akunId, aksi: 'kinerja.siasn.ekspor', entitas: 'kinerja_penilaian', entitasId: null,
      data: { jenis: q.jenis, format: q.format, tahun: q.tahun, opdId: q.opdId ?? null, periodeKe: q.periodeKe ?? null, jumlah: records.length },
    });
    if (q.format === 'csv') {
      const csv = tahunan ? keCsv(records as Skp22Record[], KOLOM_SKP22) : keCsv(records as KinerjaPeriodikRecord[], KOLOM_KINERJA_PERIODIK);
      return { namaBerkas: `${dasar}.csv`, mime: 'text/csv; charset=utf-8', isi: csv, records };
    }
    return { namaBerkas: `${dasar}.json`, mime: 'application/json; charset=utf-8', isi: JSON.stringify(records), records };
  }

  // ------------------------------------------------------------------------------------ koefisien AK

  /** Inserts the jenjang rows that are missing from KOEFISIEN_AK_AWAL (lazy seed; idempotent). */
  async function pastikanKoefisien(tx: DbOrTx = db) {
    const ada = await repo.listKoefisien(tx);
    const kurang = JENJANG_JF.filter((j) => !ada.some((a) => a.jenjang === j));
    if (!kurang.length) return ada;
    await repo.isiKoefisien(tx, kurang.map((j) => ({ jenjang: j, label: LABEL_JENJANG[j], koefisien: KOEFISIEN_AK_AWAL[LABEL_JENJANG[j]]! })));
    return repo.listKoefisien(tx);
  }

  const keKoefisien = (r: Awaited<ReturnType<typeof repo.listKoefisien>>[number]): KoefisienAk => ({
    jenjang: r.jenjang as JenjangJf, label: r.label, koefisien: r.koefisien, diubahOleh: r.diubahOlehNama, updatedAt: r.updatedAt.toISOString(),
  });
  const urutJenjang = (a: { jenjang: string }, b: { jenjang: string }) =>
    JENJANG_JF.indexOf(a.jenjang as JenjangJf) - JENJANG_JF.indexOf(b.jenjang as JenjangJf);

  /**
   * GET /kinerja/koefisien-ak — the koefisien angka kredit per jenjang JF (kinerja.md §1.9a), in the order of
   * JENJANG_JF; seeded from KOEFISIEN_AK_AWAL on first use.
   */
  async function daftarKoefisien(): Promise<KoefisienAkList> {
    const rows = await pastikanKoefisien();
    return { items: rows.filter((r) => (JENJANG_JF as readonly string[]).includes(r.jenjang)).sort(urutJenjang).map(keKoefisien) };
  }

  /**
   * PUT /kinerja/koefisien-ak/:jenjang — changes one koefisien (> 0, ≤ 100; checked by the contract → 400
   * body.koefisien). One transaction, audited `kinerja.koefisien.ubah` with before/after. Later angka kredit
   * answers use the new value (nothing is stored per pegawai).
   * @throws DokumenErrors.KOEFISIEN_TIDAK_DITEMUKAN (404)
   */
  async function ubahKoefisien(p: Pengguna, jenjang: JenjangJf, body: KoefisienAkUbah, now: Date = new Date()): Promise<KoefisienAk> {
    const koefisien = bulat3(body.koefisien);
    await db.transaction(async (tx) => {
      await pastikanKoefisien(tx);
      const lama = await repo.findKoefisienUntukUbah(tx, jenjang);
      if (!lama) throw E.KOEFISIEN_TIDAK_DITEMUKAN();
      await repo.ubahKoefisien(tx, jenjang, koefisien, p.akunId, now);
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'kinerja.koefisien.ubah', entitas: 'kinerja_koefisien_ak', entitasId: jenjang,
        data: { sebelum: { koefisien: lama.koefisien }, sesudah: { koefisien } },
      });
    });
    const r = (await repo.listKoefisien(db)).find((x) => x.jenjang === jenjang)!;
    return keKoefisien(r);
  }

  // ------------------------------------------------------------------------------------ angka kredit

  /**
   * GET /kinerja/angka-kredit?tahun&opdId — angka kredit of the OPD's jabatan fungsional for a year
   * (PermenPANRB 1/2023, PerBKN 3/2023; kinerja.md §1.9a): per SKP with jenis FUNGSIONAL and a jenjang,
   * AK per rated period = angkaKredit(predikat, months of the period, koefisien) and the annual AK from the
   * annual predikat over the months the SKP covers (12 for a whole-year SKP). 3 decimals.
   * @throws DokumenErrors.OPD_TIDAK_DITEMUKAN (404)
   */
  async function angkaKreditOpd(p: Pengguna, q: AngkaKreditQuery): Promise<AngkaKredit> {
    const opd = await wajibOpd(p, q.opdId);
    const [koef, skps, penilaian, { jenisPeriode }] = await Promise.all([
      pastikanKoefisien(), repo.findSkpOpd(db, q.opdId, q.tahun, { hanyaJf: true }), repo.findPenilaianOpd(db, q.opdId, q.tahun),
      pengaturanTahun(db, q.tahun),
    ]);
    const periode = daftarPeriode(q.tahun, jenisPeriode);
    const koefPer = new Map(koef.map((k) => [k.jenjang, k]));
    return {
      tahun: q.tahun, opd, jenisPeriode,
      periode: periode.map((x) => ({ ke: x.ke, label: x.label, bulan: x.bulan })),
      pegawai: skps.map((s) => {
        const k = koefPer.get(s.jenjang!);
        const nilai = k?.koefisien ?? null;
        const milik = new Map(penilaian.filter((x) => x.skpId === s.id).map((x) => [x.periodeKe, x.predikat]));
        const perPeriode = periode.map((x) => {
          const pr = milik.get(x.ke) ?? null;
          return { ke: x.ke, predikat: pr, angkaKredit: pr && nilai ? angkaKredit(pr, x.bulan, nilai) : null };
        });
        const bulan = bulanRentang(s.periodeMulai, s.periodeSelesai);
        const prTahunan = milik.get(0) ?? null;
        return {
          pegawai: { id: s.pegawaiId, nama: namaDenganGelar(s), nip: s.nip }, skpId: s.id, jabatan: s.jabatan, jenjang: s.jenjang!,
          jenjangLabel: k?.label ?? LABEL_JENJANG[s.jenjang as JenjangJf] ?? s.jenjang!, koefisien: nilai,
          periodeMulai: s.periodeMulai, periodeSelesai: s.periodeSelesai, periode: perPeriode,
          jumlahPeriodik: nilai ? jumlahAk(periode.map((x) => ({ predikat: milik.get(x.ke) ?? null, bulan: x.bulan })), nilai) : 0,
          tahunan: { predikat: prTahunan, bulan, angkaKredit: prTahunan && nilai ? angkaKredit(prTahunan, bulan, nilai) : null },
        };
      }),
    };
  }

  // ---------------------------------------------------------------------------------- year settings

  /**
   * GET /kinerja/tahun/:tahun — the settings of a performance year with defaults applied
   * (kinerja.periode.ts PENGATURAN_BAWAAN; kinerja.md §1.8, §1.3), its periods, and whether the period kind
   * is locked (the year has realisasi or penilaian).
   */
  async function pengaturan(tahun: number): Promise<PengaturanTahunDetail> {
    const [baku, row, terkunci] = await Promise.all([pengaturanTahun(db, tahun), repo.findTahun(db, tahun), repo.adaDataTahun(db, tahun)]);
    return {
      tahun, jenisPeriode: baku.jenisPeriode, batasKeberatanHariKerja: baku.batasKeberatanHariKerja, batasPenyusunanSkp: baku.batasPenyusunanSkp,
      tersimpan: !!row, jenisPeriodeTerkunci: terkunci,
      periode: daftarPeriode(tahun, baku.jenisPeriode).map((x) => ({ ke: x.ke, label: x.label, mulai: x.mulai, selesai: x.selesai })),
      diubahOleh: row?.diubahOlehNama ?? null, updatedAt: row ? row.updatedAt.toISOString() : null,
    };
  }

  /**
   * PUT /kinerja/tahun/:tahun — saves the settings of a year (one transaction, audited `kinerja.tahun.ubah`
   * with before/after). `batasKeberatanHariKerja` 1–60 working days (contract); `batasPenyusunanSkp` a real
   * date inside the year, or null.
   * @throws DokumenErrors.PENGATURAN_TIDAK_VALID (400, field body.batasPenyusunanSkp) |
   *   DokumenErrors.PERIODE_TERKUNCI (409, field body.jenisPeriode) when the period kind changes and the year
   *   already has realisasi or penilaian
   */
  async function ubahPengaturan(p: Pengguna, tahun: number, body: PengaturanTahunUbah, now: Date = new Date()): Promise<PengaturanTahunDetail> {
    const t = body.batasPenyusunanSkp;
    if (t != null) {
      const d = new Date(`${t}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== t || !t.startsWith(`${tahun}-`)) {
        throw E.PENGATURAN_TIDAK_VALID(undefined, [{ field: 'body.batasPenyusunanSkp', message: `harus tanggal yang sah dalam tahun ${tahun}` }]);
      }
    }
    await db.transaction(async (tx) => {
      const lama = await repo.findTahun(tx, tahun, true);
      const jenisLama = lama?.jenisPeriode ?? PENGATURAN_BAWAAN.jenisPeriode;
      if (jenisLama !== body.jenisPeriode && await repo.adaDataTahun(tx, tahun)) {
        throw E.PERIODE_TERKUNCI(undefined, [{ field: 'body.jenisPeriode', message: `tahun ${tahun} sudah memakai periode ${jenisLama}` }]);
      }
      await repo.simpanTahun(tx, {
        tahun, jenisPeriode: body.jenisPeriode, batasKeberatanHariKerja: body.batasKeberatanHariKerja, batasPenyusunanSkp: t,
        diubahOleh: p.akunId, updatedAt: now,
      });
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'kinerja.tahun.ubah', entitas: 'kinerja_tahun', entitasId: tahun,
        data: {
          sebelum: lama ? { jenisPeriode: lama.jenisPeriode, batasKeberatanHariKerja: lama.batasKeberatanHariKerja, batasPenyusunanSkp: lama.batasPenyusunanSkp } : null,
          sesudah: { jenisPeriode: body.jenisPeriode, batasKeberatanHariKerja: body.batasKeberatanHariKerja, batasPenyusunanSkp: t },
        },
      });
    });
    return pengaturan(tahun);
  }

  return { pdfSkp, pdfEvaluasi, xlsxOpd, siasn, daftarKoefisien, ubahKoefisien, angkaKreditOpd, pengaturan, ubahPengaturan };
}
export type KinerjaDokumenService = ReturnType<typeof createKinerjaDokumenService>;
