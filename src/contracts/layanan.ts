import { z } from 'zod';
import {
  JENIS_PERSYARATAN, POLA_KODE_PERSYARATAN, SATUAN_JANGKA_WAKTU, SIFAT_PERSYARATAN,
} from '../domain/layanan/standar.ts';
import { TanggalSchema } from './kalender.ts';

/**
 * HTTP contracts of the service catalogue (module `layanan`, pelayanan.md §2.4; UU 25/2009 Pasal 15,
 * 20–22; PermenPANRB 15/2014): the public catalogue and standar pelayanan pages, and the admin screens
 * (layanan, versioned standards, maklumat). Shared by server and web.
 */

const Id = z.number().int().positive().max(2_147_483_647, 'id terlalu besar');
const teks = (min: number, max: number, nama: string) =>
  z.string(`${nama} wajib diisi`).trim().min(min, min <= 1 ? `${nama} wajib diisi` : `${nama} minimal ${min} karakter`).max(max, `${nama} maksimal ${max} karakter`);
const teksOpsional = (max: number, nama: string) => z.string().trim().max(max, `${nama} maksimal ${max} karakter`).nullish();

/** The public key of a layanan (URL slug, shared with antrian_layanan.layanan_kode), e.g. "ktp-el-baru". */
export const KodeLayananSchema = z
  .string('Kode layanan wajib diisi')
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Kode hanya huruf kecil, angka dan tanda minus (mis. ktp-el-baru)')
  .min(2, 'Kode minimal 2 karakter')
  .max(60, 'Kode maksimal 60 karakter');

export const SatuanJangkaWaktuSchema = z.enum(SATUAN_JANGKA_WAKTU, 'Satuan harus menit, jam atau hari_kerja');

export const SATUAN_JANGKA_WAKTU_LABEL: Record<(typeof SATUAN_JANGKA_WAKTU)[number], string> = {
  menit: 'Menit', jam: 'Jam', hari_kerja: 'Hari kerja',
};
export const JENIS_PERSYARATAN_LABEL: Record<(typeof JENIS_PERSYARATAN)[number], string> = {
  asli: 'Asli', fotokopi: 'Fotokopi', formulir: 'Formulir', isian: 'Isian',
};

// ----------------------------------------------------------------------------------- standar pelayanan

/** One persyaratan item (component 1). Cross-item rules (unique kode…) in validasiStandar (domain). */
export const PersyaratanItemSchema = z.object({
  kode: z.string('Kode persyaratan wajib diisi').trim().min(1, 'Kode persyaratan wajib diisi').max(60, 'Kode persyaratan maksimal 60 karakter')
    .regex(POLA_KODE_PERSYARATAN, 'Kode persyaratan hanya huruf kecil, angka dan tanda minus (mis. surat-pengantar)'),
  nama: teks(1, 300, 'Nama persyaratan'),
  jenis: z.enum(JENIS_PERSYARATAN, 'Jenis harus asli, fotokopi, formulir atau isian'),
  wajib: z.enum(SIFAT_PERSYARATAN, 'Sifat harus wajib atau kondisional'),
  keterangan: teksOpsional(500, 'Keterangan'),
  /** The applicant uploads this item with an online application (multipart field `berkas.<kode>`). */
  unggah: z.boolean('Unggah harus ya/tidak'),
});
export type PersyaratanItem = z.infer<typeof PersyaratanItemSchema>;

export const ProsedurLangkahSchema = z.object({
  langkah: teks(1, 500, 'Uraian langkah'),
  aktor: teks(1, 120, 'Pelaksana langkah'),
});
export type ProsedurLangkah = z.infer<typeof ProsedurLangkahSchema>;

/**
 * Body of a draft version: all 14 components (POST /admin/layanan/:id/standar, PUT …/standar/:versi).
 * jangka waktu: `menit`/`jam` = a budget of working minutes (jam × 60), `hari_kerja` = whole working days,
 * counted from "persyaratan lengkap" (pelayanan.md §2.3). biayaRupiah 0 = gratis.
 */
export const StandarIsiSchema = z.object({
  persyaratan: z.array(PersyaratanItemSchema).max(40, 'Maksimal 40 persyaratan'),
  prosedur: z.array(ProsedurLangkahSchema).max(30, 'Maksimal 30 langkah'),
  jangkaWaktuNilai: z.number('Jangka waktu harus berupa angka').int('Jangka waktu harus bilangan bulat'),
  jangkaWaktuSatuan: SatuanJangkaWaktuSchema,
  biayaRupiah: z.number('Biaya harus berupa angka').int('Biaya harus bilangan bulat rupiah').max(1_000_000_000_000, 'Biaya terlalu besar'),
  biayaKeterangan: teksOpsional(500, 'Keterangan biaya'),
  produk: teks(1, 500, 'Produk pelayanan'),
  pengaduanKanal: z.array(z.string().trim().max(300, 'Saluran pengaduan maksimal 300 karakter')).max(15, 'Maksimal 15 saluran'),
  dasarHukum: z.array(z.string().trim().max(300, 'Dasar hukum maksimal 300 karakter')).max(30, 'Maksimal 30 dasar hukum'),
  sarpras: teksOpsional(2000, 'Sarana dan prasarana'),
  kompetensiPelaksana: teksOpsional(2000, 'Kompetensi pelaksana'),
  pengawasanInternal: teksOpsional(2000, 'Pengawasan internal'),
  jumlahPelaksana: teksOpsional(500, 'Jumlah pelaksana'),
  jaminanPelayanan: teksOpsional(2000, 'Jaminan pelayanan'),
  jaminanKeamanan: teksOpsional(2000, 'Jaminan keamanan dan keselamatan'),
  evaluasiKinerja: teksOpsional(2000, 'Evaluasi kinerja pelaksana'),
});
export type StandarIsi = z.infer<typeof StandarIsiSchema>;

export const JangkaWaktuSchema = z.object({
  nilai: z.number().int(),
  satuan: SatuanJangkaWaktuSchema,
  /** "3 hari kerja", "60 menit" (formatJangkaWaktu). */
  teks: z.string(),
});
export type JangkaWaktu = z.infer<typeof JangkaWaktuSchema>;

/** One stored version of a standar pelayanan (the 14 components + its version data). */
export const StandarVersiSchema = z.object({
  id: z.number().int(),
  layananId: z.number().int(),
  versi: z.number().int(),
  /** Published versions are immutable and public; drafts are visible to admins only. */
  terbit: z.boolean(),
  /** ISO instant the version applies from; null for a draft. */
  berlakuMulai: z.string().nullable(),
  skNomor: z.string().nullable(),
  persyaratan: z.array(PersyaratanItemSchema),
  prosedur: z.array(ProsedurLangkahSchema),
  jangkaWaktuNilai: z.number().int(),
  jangkaWaktuSatuan: SatuanJangkaWaktuSchema,
  jangkaWaktu: JangkaWaktuSchema,
  biayaRupiah: z.number().int(),
  biayaKeterangan: z.string().nullable(),
  /** "Gratis" or "Rp 150.000". */
  biayaTeks: z.string(),
  produk: z.string(),
  pengaduanKanal: z.array(z.string()),
  dasarHukum: z.array(z.string()),
  sarpras: z.string().nullable(),
  kompetensiPelaksana: z.string().nullable(),
  pengawasanInternal: z.string().nullable(),
  jumlahPelaksana: z.string().nullable(),
  jaminanPelayanan: z.string().nullable(),
  jaminanKeamanan: z.string().nullable(),
  evaluasiKinerja: z.string().nullable(),
  dibuatAt: z.string(),
});
export type StandarVersi = z.infer<typeof StandarVersiSchema>;

// ------------------------------------------------------------------------------------------- layanan

const UnitRefSchema = z.object({ id: z.number().int(), nama: z.string() });

/** A layanan with its unit and OPD (names from the org module). */
export const LayananSchema = z.object({
  id: z.number().int(),
  kode: z.string(),
  nama: z.string(),
  kategori: z.string(),
  ringkasan: z.string().nullable(),
  online: z.boolean(),
  aktif: z.boolean(),
  urutan: z.number().int(),
  unit: UnitRefSchema,
  /** The OPD of the unit (itself when the unit is an OPD); null only for a unit outside any OPD. */
  opd: UnitRefSchema.nullable(),
});
export type Layanan = z.infer<typeof LayananSchema>;

/** Public catalogue entry: a layanan with a standard in force now. */
export const KatalogItemSchema = z.object({
  id: z.number().int(),
  kode: z.string(),
  nama: z.string(),
  kategori: z.string(),
  ringkasan: z.string().nullable(),
  online: z.boolean(),
  unit: UnitRefSchema,
  opd: UnitRefSchema.nullable(),
  jangkaWaktu: JangkaWaktuSchema,
  biayaRupiah: z.number().int(),
  biayaTeks: z.string(),
});
export type KatalogItem = z.infer<typeof KatalogItemSchema>;
export const KatalogListSchema = z.array(KatalogItemSchema);

export const KatalogQuerySchema = z.object({
  /** Words in the name, kode or summary (case-insensitive). */
  q: z.string().trim().max(100, 'Pencarian maksimal 100 karakter').optional(),
  kategori: z.string().trim().max(100).optional(),
  /** A unit or an OPD (an OPD includes its sub-units). */
  unitId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
});
export type KatalogQuery = z.infer<typeof KatalogQuerySchema>;

/** A published version as listed on the public page (links to older versions). */
export const VersiRingkasSchema = z.object({
  versi: z.number().int(),
  berlakuMulai: z.string(),
  skNomor: z.string().nullable(),
  /** 'berlaku' = in force now, 'lama' = superseded, 'akan_berlaku' = published with a future start. */
  keadaan: z.enum(['berlaku', 'lama', 'akan_berlaku']),
});
export type VersiRingkas = z.infer<typeof VersiRingkasSchema>;

/** The maklumat pelayanan of a unit (UU 25/2009 Pasal 22). */
export const MaklumatSchema = z.object({
  unitId: z.number().int(),
  unitNama: z.string(),
  teks: z.string(),
  penandatangan: z.string().nullable(),
  /** WIB date it was set (YYYY-MM-DD). */
  ditetapkan: z.string().nullable(),
  diubahAt: z.string(),
});
export type Maklumat = z.infer<typeof MaklumatSchema>;

/**
 * GET /layanan/:kode (and /layanan/:kode/versi/:versi): a layanan with one published standard (the one in
 * force now, or the version asked for), the list of published versions, and the unit's maklumat (the
 * layanan's own unit, else its OPD's).
 */
export const StandarPublikSchema = z.object({
  layanan: LayananSchema,
  standar: StandarVersiSchema,
  versi: z.array(VersiRingkasSchema),
  maklumat: MaklumatSchema.nullable(),
});
export type StandarPublik = z.infer<typeof StandarPublikSchema>;

export const KodeParamSchema = z.object({ kode: KodeLayananSchema });
export const KodeVersiParamSchema = z.object({
  kode: KodeLayananSchema,
  versi: z.coerce.number().int().positive().max(100_000),
});

// --------------------------------------------------------------------------------------------- admin

export const LayananCreateSchema = z.object({
  kode: KodeLayananSchema,
  nama: teks(3, 200, 'Nama layanan'),
  unitId: Id,
  kategori: teks(2, 100, 'Kategori'),
  ringkasan: teksOpsional(500, 'Ringkasan'),
  online: z.boolean().default(true),
  urutan: z.number().int().min(0).max(10_000).default(0),
});
export type LayananCreate = z.input<typeof LayananCreateSchema>;

/** The kode is fixed once created (a stable public key used by antrian and case numbers). */
export const LayananUpdateSchema = z.object({
  nama: teks(3, 200, 'Nama layanan').optional(),
  unitId: Id.optional(),
  kategori: teks(2, 100, 'Kategori').optional(),
  ringkasan: teksOpsional(500, 'Ringkasan'),
  online: z.boolean().optional(),
  aktif: z.boolean().optional(),
  urutan: z.number().int().min(0).max(10_000).optional(),
});
export type LayananUpdate = z.infer<typeof LayananUpdateSchema>;

/** A row of the admin list. */
export const LayananAdminItemSchema = LayananSchema.extend({
  /** Version in force now, if any. */
  versiBerlaku: z.number().int().nullable(),
  jangkaWaktu: JangkaWaktuSchema.nullable(),
  /** Version number of the open draft, if any. */
  versiDraf: z.number().int().nullable(),
  jumlahVersi: z.number().int(),
});
export type LayananAdminItem = z.infer<typeof LayananAdminItemSchema>;
export const LayananAdminListSchema = z.array(LayananAdminItemSchema);

/** GET /admin/layanan/:id: the layanan with every version (drafts included, newest first). */
export const LayananAdminDetailSchema = z.object({
  layanan: LayananSchema,
  versi: z.array(StandarVersiSchema),
  /** Version number in force now, if any. */
  versiBerlaku: z.number().int().nullable(),
  maklumat: MaklumatSchema.nullable(),
});
export type LayananAdminDetail = z.infer<typeof LayananAdminDetailSchema>;

export const IdVersiParamSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647, 'id terlalu besar'),
  versi: z.coerce.number().int().positive().max(100_000),
});

/**
 * POST /admin/layanan/:id/standar/:versi/terbit. `berlakuMulai`: omitted = now; a date = 00:00 WIB that
 * day; an ISO instant with offset. Never in the past (no retroactive standard), and after every
 * published version's start.
 */
export const TerbitSchema = z.object({
  berlakuMulai: z.union([TanggalSchema, z.iso.datetime({ offset: true, message: 'Waktu harus ISO 8601 dengan zona' })]).optional(),
  skNomor: teks(3, 200, 'Nomor SK'),
});
export type Terbit = z.infer<typeof TerbitSchema>;

export const UnitIdParamSchema = z.object({ unitId: z.coerce.number().int().positive().max(2_147_483_647, 'id terlalu besar') });

export const MaklumatUpdateSchema = z.object({
  teks: teks(20, 5000, 'Teks maklumat'),
  penandatangan: teksOpsional(300, 'Penandatangan'),
  ditetapkan: TanggalSchema.nullish(),
});
export type MaklumatUpdate = z.infer<typeof MaklumatUpdateSchema>;
