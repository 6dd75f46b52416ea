import { z } from 'zod';
import { JENIS_PERIODE } from '../domain/kinerja/periode.ts';
import { PREDIKAT } from '../domain/kinerja/predikat.ts';

/**
 * HTTP contracts of the kinerja documents and exports (module `kinerja`, part `dokumen`; issue #5 "Outputs";
 * kinerja.md §1.2, §1.8, §1.9a, §5.6): SKP and evaluation PDFs, the OPD workbook, the SIASN-shaped export,
 * angka kredit of jabatan fungsional with its editable coefficient table, and the settings of a performance
 * year. Shared by server and web. Error fields (problem+json `errors[].field`) use `body.<path>`,
 * `querystring.<name>` and `params.<name>`. Instants are ISO 8601 UTC strings; dates are WIB 'YYYY-MM-DD'.
 */

const Id = z.coerce.number().int().positive().max(2_147_483_647, 'id terlalu besar');
const Tahun = z.coerce.number('Tahun wajib diisi').int('Tahun harus bilangan bulat').min(2000, 'Tahun minimal 2000').max(2100, 'Tahun maksimal 2100');
const Tanggal = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berformat YYYY-MM-DD');

// ------------------------------------------------------------------------------------------ PDF

/** GET /kinerja/skp/:id/pdf — the SKP form (application/pdf; caller must have a read relation, else 404). */
export const SkpPdfParamSchema = z.object({ id: Id.describe('id SKP') });

/**
 * GET /kinerja/skp/:id/evaluasi/:ke/pdf — Dokumen Evaluasi Kinerja Pegawai of one period (`ke` ≥ 1) or of
 * the year (`ke` = 0). 400 `params.ke` for a period the year does not have.
 */
export const EvaluasiPdfParamSchema = z.object({
  id: Id.describe('id SKP'),
  ke: z.coerce.number('Periode wajib diisi').int('Periode harus bilangan bulat').min(0, 'Periode minimal 0 (tahunan)').max(12, 'Periode maksimal 12')
    .describe('Nomor periode dalam tahun (1–12 bulanan, 1–4 triwulanan, 1–2 semesteran); 0 = penilaian tahunan'),
});

// ------------------------------------------------------------------------------------------ XLSX

/** GET /kinerja/opd/:opdId/xlsx?tahun — the OPD workbook (admin: any OPD; admin OPD: own; the kepala OPD; else 404). */
export const OpdXlsxParamSchema = z.object({ opdId: Id.describe('id unit OPD') });
export const OpdXlsxQuerySchema = z.object({ tahun: Tahun.describe('Tahun penilaian') });

// ------------------------------------------------------------------------------------------ SIASN

export const JENIS_EKSPOR_SIASN = ['skp22', 'kinerjaperiodik'] as const;

/**
 * GET /kinerja/siasn (permission kinerja:kelola). `jenis` skp22 = annual results (penilaian tahunan),
 * kinerjaperiodik = periodic results (optionally one `periodeKe`). `format` json = a JSON array of records
 * (attachment `siasn-<jenis>-<tahun>.json`), csv = RFC 4180 text with a UTF-8 BOM and CRLF line ends
 * (attachment `siasn-<jenis>-<tahun>.csv`, or `…-<tahun>-p<ke>.csv` with `periodeKe`). `opdId`: one OPD
 * only. `hanyaDitetapkan`: skp22 only the annual results already fixed by penetapan.
 */
export const SiasnQuerySchema = z.object({
  tahun: Tahun.describe('Tahun penilaian'),
  jenis: z.enum(JENIS_EKSPOR_SIASN, 'Jenis ekspor harus skp22 atau kinerjaperiodik').describe('skp22 (tahunan) atau kinerjaperiodik (periodik)'),
  format: z.enum(['json', 'csv'], 'Format harus json atau csv').default('json').describe('json atau csv'),
  opdId: Id.optional().describe('Batasi pada satu OPD'),
  periodeKe: z.coerce.number().int('Periode harus bilangan bulat').min(1, 'Periode minimal 1').max(12, 'Periode maksimal 12').optional()
    .describe('Hanya kinerjaperiodik: satu periode saja'),
  hanyaDitetapkan: z.enum(['true', 'false'], 'hanyaDitetapkan harus true atau false').default('false').transform((v) => v === 'true')
    .describe('Hanya skp22: hanya hasil tahunan yang sudah ditetapkan'),
});
export type SiasnQuery = z.infer<typeof SiasnQuerySchema>;

/**
 * SIASN annual performance record `skp22` — field names EXACTLY as BKN's SIASN uses them (kinerja.md §5.6).
 * Values: ratings and predikat as their Indonesian labels; `pnsDinilaiOrang` carries the NIP (SIKAP has no BKN
 * person id — an integration must map it); `statusPenilai` "ASN" when the penilai is a pegawai (PNS/PPPK),
 * "NON ASN" otherwise (e.g. no penilai recorded).
 */
export const Skp22RecordSchema = z.object({
  tahun: z.number().int().describe('Tahun penilaian'),
  hasilKinerjaNilai: z.string().describe('Rating hasil kerja: "Di Atas Ekspektasi" | "Sesuai Ekspektasi" | "Di Bawah Ekspektasi"'),
  perilakuKerjaNilai: z.string().describe('Rating perilaku kerja (label yang sama)'),
  kuadranKinerjaNilai: z.string().describe('Predikat kinerja: "Sangat Baik" | "Baik" | "Butuh Perbaikan" | "Kurang/Misconduct" | "Sangat Kurang"'),
  pnsDinilaiOrang: z.string().describe('NIP pegawai yang dinilai (pengganti id orang BKN)'),
  penilaiNama: z.string().describe('Nama pejabat penilai (dengan gelar)'),
  penilaiNipNrp: z.string().describe('NIP pejabat penilai'),
  penilaiGolongan: z.string().describe('Golongan/ruang pejabat penilai, mis. "IV/b"'),
  penilaiJabatan: z.string().describe('Nama jabatan pejabat penilai'),
  penilaiUnorNama: z.string().describe('Unit organisasi pejabat penilai'),
  statusPenilai: z.enum(['ASN', 'NON ASN']).describe('Apakah pejabat penilai ASN'),
});
export type Skp22Record = z.infer<typeof Skp22RecordSchema>;

/**
 * SIASN periodic performance record `kinerjaperiodik`: the skp22 fields plus the periodic ones (kinerja.md
 * §5.6). `PnsDinilaiId` = NIP (as above); `KoefisienId` = SIKAP's koefisien key (the jenjang code, e.g.
 * "AHLI_PERTAMA") for a jabatan fungsional, "" otherwise; months 1–12 of the period's first and last month;
 * `PeriodikId` = SIKAP's period key "<jenisPeriode>-<ke>" (e.g. "bulanan-11", "triwulanan-2").
 */
export const KinerjaPeriodikRecordSchema = Skp22RecordSchema.extend({
  PnsDinilaiId: z.string().describe('NIP pegawai yang dinilai'),
  KoefisienId: z.string().describe('Kode jenjang JF (kunci koefisien angka kredit) atau kosong'),
  BulanMulaiPenilaian: z.number().int().min(1).max(12).describe('Bulan awal periode (1–12)'),
  BulanSelesaiPenilaian: z.number().int().min(1).max(12).describe('Bulan akhir periode (1–12)'),
  TahunMulaiPenilaian: z.number().int().describe('Tahun awal periode'),
  TahunSelesaiPenilaian: z.number().int().describe('Tahun akhir periode'),
  PeriodikId: z.string().describe('Kunci periode SIKAP "<jenisPeriode>-<ke>"'),
});
export type KinerjaPeriodikRecord = z.infer<typeof KinerjaPeriodikRecordSchema>;

/** JSON answer of GET /kinerja/siasn?format=json: an array of records of the chosen `jenis`. */
export const SiasnJsonSchema = z.union([z.array(Skp22RecordSchema), z.array(KinerjaPeriodikRecordSchema)]);

// ------------------------------------------------------------------------------------ angka kredit

/** Jenjang codes of jabatan fungsional (`jabatan.jenjang`), the keys of the koefisien table. */
export const JENJANG_JF = ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA', 'PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'] as const;
export type JenjangJf = (typeof JENJANG_JF)[number];
export const JenjangJfSchema = z.enum(JENJANG_JF, 'Jenjang jabatan fungsional tidak dikenal');

/** One row of the koefisien angka kredit table (kinerja.md §1.9a): AK per year for the jenjang. */
export const KoefisienAkSchema = z.object({
  jenjang: JenjangJfSchema.describe('Kode jenjang JF'),
  label: z.string().describe('Nama jenjang, mis. "Ahli Pertama"'),
  koefisien: z.number().describe('Koefisien angka kredit per tahun (> 0, ≤ 100)'),
  diubahOleh: z.string().nullable().describe('Nama akun yang terakhir mengubah; null = nilai awal'),
  updatedAt: z.string().describe('ISO instant perubahan terakhir'),
});
export type KoefisienAk = z.infer<typeof KoefisienAkSchema>;

/** GET /kinerja/koefisien-ak (kinerja:opd). */
export const KoefisienAkListSchema = z.object({ items: z.array(KoefisienAkSchema) });
export type KoefisienAkList = z.infer<typeof KoefisienAkListSchema>;

/** PUT /kinerja/koefisien-ak/:jenjang (kinerja:kelola; audited). */
export const KoefisienAkParamSchema = z.object({ jenjang: JenjangJfSchema.describe('Kode jenjang JF') });
export const KoefisienAkUbahSchema = z.object({
  koefisien: z.number('Koefisien wajib berupa angka').gt(0, 'Koefisien harus lebih dari 0').max(100, 'Koefisien paling besar 100')
    .describe('Koefisien angka kredit per tahun (> 0, ≤ 100; 3 desimal dipakai)'),
});
export type KoefisienAkUbah = z.infer<typeof KoefisienAkUbahSchema>;

/** GET /kinerja/angka-kredit?tahun&opdId (kinerja:opd; admin any OPD, admin OPD own, kepala OPD; else 404). */
export const AngkaKreditQuerySchema = z.object({
  tahun: Tahun.describe('Tahun penilaian'),
  opdId: Id.describe('id unit OPD'),
});
export type AngkaKreditQuery = z.infer<typeof AngkaKreditQuerySchema>;

const PredikatSchema = z.enum(PREDIKAT);

/**
 * Angka kredit of the jabatan fungsional of an OPD for a year (PermenPANRB 1/2023, PerBKN 3/2023; kinerja.md
 * §1.9a): per SKP of a JF pegawai, AK per rated period = (bulan/12) × %predikat × koefisien(jenjang), and the
 * annual AK from the annual predikat over the months the SKP covers (12 for a whole year). AK values have 3
 * decimals; null when the period is not rated or the jenjang has no koefisien.
 */
export const AngkaKreditSchema = z.object({
  tahun: z.number().int(),
  opd: z.object({ id: z.number().int(), nama: z.string() }),
  jenisPeriode: z.enum(JENIS_PERIODE),
  periode: z.array(z.object({ ke: z.number().int(), label: z.string(), bulan: z.number().int().describe('Bulan dalam periode') })),
  pegawai: z.array(z.object({
    pegawai: z.object({ id: z.number().int(), nama: z.string(), nip: z.string() }),
    skpId: z.number().int(),
    jabatan: z.string(),
    jenjang: z.string().describe('Kode jenjang JF dari jabatan'),
    jenjangLabel: z.string(),
    koefisien: z.number().nullable().describe('Koefisien per tahun; null = jenjang tanpa koefisien'),
    periodeMulai: Tanggal,
    periodeSelesai: Tanggal,
    periode: z.array(z.object({
      ke: z.number().int(),
      predikat: PredikatSchema.nullable(),
      angkaKredit: z.number().nullable(),
    })),
    jumlahPeriodik: z.number().describe('Jumlah AK periode yang sudah dinilai, dibulatkan sekali di akhir (3 desimal); 0 bila tanpa koefisien'),
    tahunan: z.object({
      predikat: PredikatSchema.nullable(),
      bulan: z.number().int().describe('Bulan yang dicakup SKP (12 = setahun penuh)'),
      angkaKredit: z.number().nullable(),
    }),
  })),
});
export type AngkaKredit = z.infer<typeof AngkaKreditSchema>;

// ------------------------------------------------------------------------------------ year settings

export const TahunParamSchema = z.object({ tahun: Tahun.describe('Tahun penilaian') });

/**
 * GET /kinerja/tahun/:tahun (kinerja:skp) — the settings of a performance year with the defaults applied
 * (bulanan; keberatan 14 working days; SKP deadline 31 January). `tersimpan` false = defaults, no row yet.
 * `jenisPeriodeTerkunci` true once the year has realisasi or penilaian (the period kind can no longer change).
 */
export const PengaturanTahunSchema = z.object({
  tahun: z.number().int(),
  jenisPeriode: z.enum(JENIS_PERIODE).describe('bulanan | triwulanan | semesteran'),
  batasKeberatanHariKerja: z.number().int().describe('Jendela keberatan setelah penetapan, dalam hari kerja (1–60)'),
  batasPenyusunanSkp: Tanggal.nullable().describe('Batas penyusunan SKP (pengingat), tanggal WIB'),
  tersimpan: z.boolean(),
  jenisPeriodeTerkunci: z.boolean(),
  periode: z.array(z.object({ ke: z.number().int(), label: z.string(), mulai: Tanggal, selesai: Tanggal })),
  diubahOleh: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type PengaturanTahunDetail = z.infer<typeof PengaturanTahunSchema>;

/**
 * PUT /kinerja/tahun/:tahun (kinerja:kelola; audited). 409 PERIODE_TERKUNCI when `jenisPeriode` changes and
 * the year already has realisasi or penilaian.
 */
export const PengaturanTahunUbahSchema = z.object({
  jenisPeriode: z.enum(JENIS_PERIODE, 'Jenis periode harus bulanan, triwulanan atau semesteran'),
  batasKeberatanHariKerja: z.number('Batas keberatan wajib berupa angka').int('Batas keberatan harus bilangan bulat')
    .min(1, 'Batas keberatan minimal 1 hari kerja').max(60, 'Batas keberatan maksimal 60 hari kerja'),
  batasPenyusunanSkp: Tanggal.nullable().describe('Tanggal dalam tahun yang sama, atau null'),
});
export type PengaturanTahunUbah = z.infer<typeof PengaturanTahunUbahSchema>;
