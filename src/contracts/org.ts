import { z } from 'zod';
import { GOLONGAN_PNS, GOLONGAN_PPPK } from '../domain/org/golongan.ts';
import { JENIS_JABATAN } from '../domain/org/jabatan.ts';

/**
 * HTTP contracts of module `org` (wilayah, unit organisasi/OPD, jabatan, pegawai), shared by server and
 * web. All under /api/v1/org/…. Rules: kinerja.md §5.2 (NIP), §5.3 (golongan), §5.4 (jabatan),
 * §5.5 (unit organisasi), §6.2 (wilayah Tanjungbalai).
 */

/** Unit kinds (kinerja.md §5.5, plus PEMKOT for the root and RSUD for the hospital). */
export const JENIS_UNIT = [
  'PEMKOT', 'SETDA', 'SETWAN', 'INSPEKTORAT', 'DINAS', 'BADAN', 'KECAMATAN', 'KELURAHAN', 'UPT', 'RSUD',
  'BAGIAN', 'BIDANG', 'SUBBAG', 'SEKSI',
] as const;
export const JenisUnitSchema = z.enum(JENIS_UNIT);
export type JenisUnit = z.infer<typeof JenisUnitSchema>;

export const JENIS_ASN = ['PNS', 'PPPK'] as const;
export const JenisAsnSchema = z.enum(JENIS_ASN, { error: 'jenis ASN harus PNS atau PPPK' });

export const JenisJabatanSchema = z.enum(JENIS_JABATAN, {
  error: 'jenis jabatan harus JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA atau FUNGSIONAL',
});

/** PNS golongan (I/a … IV/e) or PPPK golongan (I … XVII), written exactly as stored. */
export const GOLONGAN_SEMUA = [...GOLONGAN_PNS, ...GOLONGAN_PPPK] as const;
export const GolonganSchema = z.enum(GOLONGAN_SEMUA, {
  error: 'golongan tidak dikenal (contoh: III/a untuk PNS, IX untuk PPPK)',
});

// ---------------------------------------------------------------------------------------------- wilayah

export const KelurahanSchema = z.object({ kode: z.string(), nama: z.string(), kodePasti: z.boolean() });
export const KecamatanSchema = z.object({
  kode: z.string(),
  nama: z.string(),
  /** False when the Kemendagri code is not confirmed (kinerja.md §6.2 tags it [M]). */
  kodePasti: z.boolean(),
  kelurahan: z.array(KelurahanSchema),
});
/** GET /org/wilayah: kota → kecamatan → kelurahan with Kemendagri codes (never BPS codes). */
export const WilayahSchema = z.object({
  provinsi: z.object({ kode: z.string(), nama: z.string() }).nullable(),
  kota: z.object({ kode: z.string(), nama: z.string() }).nullable(),
  kecamatan: z.array(KecamatanSchema),
});
export type Wilayah = z.infer<typeof WilayahSchema>;

// ------------------------------------------------------------------------------------------------- unit

/** One node of GET /org/unit/pohon. */
export type UnitPohon = {
  id: number;
  kode: string;
  nama: string;
  singkatan: string | null;
  jenis: JenisUnit;
  isOpd: boolean;
  isUnitLayanan: boolean;
  wilayahKode: string | null;
  /** Active pegawai placed directly in this unit. */
  jumlahPegawai: number;
  /** Active pegawai in this unit and every unit below it. */
  jumlahPegawaiTotal: number;
  anak: UnitPohon[];
};
export const UnitPohonSchema: z.ZodType<UnitPohon> = z.lazy(() =>
  z.object({
    id: z.number().int(),
    kode: z.string(),
    nama: z.string(),
    singkatan: z.string().nullable(),
    jenis: JenisUnitSchema,
    isOpd: z.boolean(),
    isUnitLayanan: z.boolean(),
    wilayahKode: z.string().nullable(),
    jumlahPegawai: z.number().int(),
    jumlahPegawaiTotal: z.number().int(),
    anak: z.array(UnitPohonSchema),
  }),
);
export const UnitPohonListSchema = z.array(UnitPohonSchema);

/** GET /org/unit: active OPDs for public pages and filters. */
export const OpdSchema = z.object({
  id: z.number().int(),
  kode: z.string(),
  nama: z.string(),
  singkatan: z.string().nullable(),
  jenis: JenisUnitSchema,
});
export const OpdListSchema = z.array(OpdSchema);
export type Opd = z.infer<typeof OpdSchema>;

/** GET /org/unit/layanan: units that run public services (and SKM). */
export const UnitLayananSchema = z.object({
  id: z.number().int(),
  nama: z.string(),
  opdId: z.number().int().nullable(),
  opdNama: z.string().nullable(),
});
export const UnitLayananListSchema = z.array(UnitLayananSchema);
export type UnitLayanan = z.infer<typeof UnitLayananSchema>;

// ---------------------------------------------------------------------------------------------- pegawai

const idOpsional = (nama: string) =>
  z.coerce.number({ error: `${nama} harus berupa angka` }).int(`${nama} harus bilangan bulat`).positive(`${nama} harus lebih dari 0`).optional();

/** GET /org/pegawai query. `q` matches the name (case-insensitive, anywhere) or the NIP prefix. */
export const PegawaiQuerySchema = z.object({
  q: z.string().trim().max(100, 'kata kunci maksimal 100 karakter').optional(),
  opd_id: idOpsional('opd_id'),
  unit_id: idOpsional('unit_id'),
  jenis_asn: JenisAsnSchema.optional(),
  golongan: GolonganSchema.optional(),
  jenis_jabatan: JenisJabatanSchema.optional(),
  page: z.coerce.number({ error: 'page harus berupa angka' }).int('page harus bilangan bulat').min(1, 'page minimal 1').default(1),
  per_page: z.coerce
    .number({ error: 'per_page harus berupa angka' })
    .int('per_page harus bilangan bulat')
    .min(1, 'per_page minimal 1')
    .max(200, 'per_page maksimal 200')
    .default(50),
});
export type PegawaiQuery = z.infer<typeof PegawaiQuerySchema>;

export const PegawaiRingkasSchema = z.object({ id: z.number().int(), nama: z.string() });

/** One row of GET /org/pegawai. `nama` includes gelar; `nipFormat` is grouped for PNS (kinerja.md §5.2). */
export const PegawaiItemSchema = z.object({
  id: z.number().int(),
  nip: z.string(),
  nipFormat: z.string(),
  jenisAsn: JenisAsnSchema,
  nama: z.string(),
  jenisKelamin: z.enum(['L', 'P']),
  golongan: z.string(),
  /** Null for PPPK (no pangkat names, Perpres 98/2020). */
  pangkat: z.string().nullable(),
  jabatan: z.string().nullable(),
  jenisJabatan: JenisJabatanSchema.nullable(),
  unitNama: z.string(),
  opdNama: z.string().nullable(),
  /** Effective atasan (override, else the holder of the jabatan above). */
  atasan: PegawaiRingkasSchema.nullable(),
});
export type PegawaiItem = z.infer<typeof PegawaiItemSchema>;

export const PegawaiPageSchema = z.object({
  items: z.array(PegawaiItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  per_page: z.number().int(),
});
export type PegawaiPage = z.infer<typeof PegawaiPageSchema>;

/** GET /org/pegawai/:id. */
export const PegawaiDetailSchema = PegawaiItemSchema.extend({
  namaTanpaGelar: z.string(),
  gelarDepan: z.string().nullable(),
  gelarBelakang: z.string().nullable(),
  /** YYYY-MM-DD. */
  tanggalLahir: z.string(),
  /** YYYY-MM: parsed from the NIP for PNS (digits 9–14); the stored TMT for PPPK, or null. */
  tmtCpns: z.string().nullable(),
  jabatanId: z.number().int().nullable(),
  jenjang: z.string().nullable(),
  unitId: z.number().int(),
  opdId: z.number().int().nullable(),
  aktif: z.boolean(),
  atasan: PegawaiRingkasSchema.extend({ nip: z.string(), jabatan: z.string().nullable() }).nullable(),
  /** Where the effective atasan comes from; null when there is none (the top of the line). */
  atasanSumber: z.enum(['jabatan', 'override']).nullable(),
  /** The atasan by jabatan alone (what applies when the override is cleared). */
  atasanJabatan: PegawaiRingkasSchema.nullable(),
  /** Direct bawahan (effective line). */
  jumlahBawahan: z.number().int(),
  /** Direct and indirect bawahan. */
  jumlahBawahanTotal: z.number().int(),
});
export type PegawaiDetail = z.infer<typeof PegawaiDetailSchema>;

/** PATCH /org/pegawai/:id/atasan: set (a pegawai id) or clear (null) the atasan override. */
export const AtasanBodySchema = z.object({
  atasanId: z
    .number({ error: 'atasanId harus id pegawai (angka) atau null' })
    .int('atasanId harus bilangan bulat')
    .positive('atasanId harus lebih dari 0')
    .nullable(),
});
export type AtasanBody = z.infer<typeof AtasanBodySchema>;

export const PegawaiIdParamSchema = z.object({
  id: z.coerce.number({ error: 'id pegawai harus berupa angka' }).int('id pegawai harus bilangan bulat').positive('id pegawai harus lebih dari 0'),
});
