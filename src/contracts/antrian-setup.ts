import { z } from 'zod';
import { TanggalSchema } from './kalender.ts';

/**
 * HTTP contracts of the queue set-up (admin, permission `antrian:kelola`; pelayanan.md §3): lokasi,
 * weekly service hours, layanan with prefix and quotas, booking sessions, loket, closure days and
 * display-board devices. Shared by server and web.
 */

const Id = z.number().int().positive().max(2_147_483_647, 'id terlalu besar');
const bulat = (min: number, max: number, nama: string) =>
  z.number(`${nama} harus berupa angka`).int(`${nama} harus bilangan bulat`).min(min, `${nama} minimal ${min}`).max(max, `${nama} maksimal ${max}`);
const teks = (min: number, max: number, nama: string) =>
  z.string(`${nama} wajib diisi`).trim().min(min, `${nama} minimal ${min} karakter`).max(max, `${nama} maksimal ${max} karakter`);

/** WIB wall time "HH:MM" (00:00–24:00). */
export const JamSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Jam harus berformat JJ:MM (00:00–24:00)');

export const IntervalSchema = z.object({ mulai: JamSchema, selesai: JamSchema });
export const HARI_ISO = ['1', '2', '3', '4', '5', '6', '7'] as const;
/**
 * Weekly service hours: ISO weekday "1" (Senin) … "7" (Minggu) → open intervals; breaks are the gaps.
 * Overlaps and reversed intervals are refused by the service (validasiJadwalMingguan, field body.jamLayanan).
 */
export const JadwalMingguanSchema = z.partialRecord(z.enum(HARI_ISO, 'Hari harus 1 (Senin) … 7 (Minggu)'), z.array(IntervalSchema).max(6, 'Maksimal 6 rentang jam per hari'));

/** URL slug of a lokasi (/layar/<kode>, public pages). */
export const KodeLokasiSchema = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Kode hanya huruf kecil, angka dan tanda minus (mis. disdukcapil)').min(2, 'Kode minimal 2 karakter').max(40, 'Kode maksimal 40 karakter');

// ---------------------------------------------------------------------------------------------- lokasi

const LokasiPengaturanSchema = z.object({
  /** Check-in window around the session start, minutes. */
  checkInSebelumMenit: bulat(0, 240, 'Check-in sebelum (menit)'),
  checkInSesudahMenit: bulat(0, 240, 'Check-in sesudah (menit)'),
  /** One priority ticket after every N regular calls (UU 25/2009 Pasal 29). */
  rasioPrioritas: bulat(1, 20, 'Rasio prioritas'),
  maksPanggil: bulat(1, 10, 'Maksimal panggilan'),
  maksTahanMenit: bulat(5, 480, 'Maksimal ditahan (menit)'),
  hariPesanKeDepan: bulat(1, 90, 'Hari pemesanan ke depan'),
  notifikasiSisa: bulat(0, 50, 'Notifikasi sisa antrean'),
});

export const LokasiCreateSchema = z.object({
  kode: KodeLokasiSchema,
  nama: teks(3, 200, 'Nama lokasi'),
  alamat: teks(0, 300, 'Alamat').nullish(),
  unitId: Id,
  jamLayanan: JadwalMingguanSchema,
}).extend(LokasiPengaturanSchema.partial().shape);
export type LokasiCreate = z.infer<typeof LokasiCreateSchema>;

export const LokasiUpdateSchema = LokasiCreateSchema.partial().extend({ aktif: z.boolean().optional() });
export type LokasiUpdate = z.infer<typeof LokasiUpdateSchema>;

export const LokasiSchema = z.object({
  id: z.number().int(),
  kode: z.string(),
  nama: z.string(),
  alamat: z.string().nullable(),
  unitId: z.number().int(),
  unitNama: z.string().nullable(),
  jamLayanan: JadwalMingguanSchema,
  checkInSebelumMenit: z.number().int(),
  checkInSesudahMenit: z.number().int(),
  rasioPrioritas: z.number().int(),
  maksPanggil: z.number().int(),
  maksTahanMenit: z.number().int(),
  hariPesanKeDepan: z.number().int(),
  notifikasiSisa: z.number().int(),
  aktif: z.boolean(),
});
export type Lokasi = z.infer<typeof LokasiSchema>;
export const LokasiListSchema = z.array(LokasiSchema);

// --------------------------------------------------------------------------------------------- layanan

export const LayananCreateSchema = z.object({
  nama: teks(2, 200, 'Nama layanan'),
  /** Catalogue service code (layanan module), optional. */
  layananKode: teks(1, 64, 'Kode layanan').nullish(),
  /** Ticket prefix: 1–3 capital letters, unique per lokasi. */
  prefix: z.string().regex(/^[A-Z]{1,3}$/, 'Prefiks 1–3 huruf kapital (mis. A atau KK)'),
  /** Daily quotas (tickets per business day). */
  kuotaOnline: bulat(0, 10_000, 'Kuota online'),
  kuotaWalkin: bulat(0, 10_000, 'Kuota walk-in'),
  /** Service-time standard, minutes. */
  standarMenit: bulat(1, 480, 'Standar waktu (menit)').optional(),
  urutan: bulat(0, 1000, 'Urutan').optional(),
  aktif: z.boolean().optional(),
});
export type LayananCreate = z.infer<typeof LayananCreateSchema>;
export const LayananUpdateSchema = LayananCreateSchema.partial();
export type LayananUpdate = z.infer<typeof LayananUpdateSchema>;

export const LayananSchema = z.object({
  id: z.number().int(),
  lokasiId: z.number().int(),
  nama: z.string(),
  layananKode: z.string().nullable(),
  prefix: z.string(),
  kuotaOnline: z.number().int(),
  kuotaWalkin: z.number().int(),
  standarMenit: z.number().int(),
  urutan: z.number().int(),
  aktif: z.boolean(),
});
export type Layanan = z.infer<typeof LayananSchema>;

// ------------------------------------------------------------------------------------------------ sesi

/**
 * A booking session of a layanan, repeated on every open day. The service refuses: mulai ≥ selesai
 * (body.selesai), a window outside the lokasi's hours on every weekday or overlapping another active
 * session (body.mulai), and active capacities summing above the layanan's kuotaOnline (body.kapasitas).
 */
export const SesiCreateSchema = z.object({
  mulai: JamSchema,
  selesai: JamSchema,
  kapasitas: bulat(1, 10_000, 'Kapasitas'),
  aktif: z.boolean().optional(),
});
export type SesiCreate = z.infer<typeof SesiCreateSchema>;
export const SesiUpdateSchema = SesiCreateSchema.partial();
export type SesiUpdate = z.infer<typeof SesiUpdateSchema>;

export const SesiSchema = z.object({
  id: z.number().int(),
  layananId: z.number().int(),
  mulai: z.string(),
  selesai: z.string(),
  kapasitas: z.number().int(),
  aktif: z.boolean(),
});
export type Sesi = z.infer<typeof SesiSchema>;

// ----------------------------------------------------------------------------------------------- loket

export const LoketCreateSchema = z.object({
  /** What the board and the voice say ("loket tiga"); unique per lokasi. */
  nomor: bulat(1, 99, 'Nomor loket'),
  nama: teks(1, 100, 'Nama loket'),
  aktif: z.boolean().optional(),
  /** Layanan served; all must belong to the same lokasi. */
  layananIds: z.array(Id).max(50).optional(),
});
export type LoketCreate = z.infer<typeof LoketCreateSchema>;
export const LoketUpdateSchema = LoketCreateSchema.partial();
export type LoketUpdate = z.infer<typeof LoketUpdateSchema>;

export const LoketSchema = z.object({
  id: z.number().int(),
  lokasiId: z.number().int(),
  nomor: z.number().int(),
  nama: z.string(),
  aktif: z.boolean(),
  layananIds: z.array(z.number().int()),
});
export type Loket = z.infer<typeof LoketSchema>;

// ----------------------------------------------------------------------------------------------- tutup

export const TutupCreateSchema = z.object({ tanggal: TanggalSchema, alasan: teks(3, 300, 'Alasan') });
export type TutupCreate = z.infer<typeof TutupCreateSchema>;
export const TutupSchema = z.object({ id: z.number().int(), lokasiId: z.number().int(), tanggal: z.string(), alasan: z.string() });
export type Tutup = z.infer<typeof TutupSchema>;

// ----------------------------------------------------------------------------------------------- layar

export const LayarCreateSchema = z.object({ nama: teks(2, 100, 'Nama perangkat') });
export type LayarCreate = z.infer<typeof LayarCreateSchema>;
export const LayarSchema = z.object({
  id: z.number().int(),
  lokasiId: z.number().int(),
  nama: z.string(),
  aktif: z.boolean(),
  dibuatPada: z.string(),
  terakhirTerlihat: z.string().nullable(),
});
export type Layar = z.infer<typeof LayarSchema>;
/** POST /antrian/lokasi/:id/layar: the device token is shown ONCE (only its SHA-256 is stored). */
export const LayarBaruSchema = z.object({
  layar: LayarSchema,
  token: z.string(),
  /** Board address to open on the device: `/layar/<kode>?token=<token>` (absolute when PUBLIC_URL is set). */
  url: z.string(),
});
export type LayarBaru = z.infer<typeof LayarBaruSchema>;

// ------------------------------------------------------------------------------------------ lokasi detail

/** GET /antrian/lokasi/:id: the lokasi with everything configured under it (tutup: today and later). */
export const LokasiDetailSchema = LokasiSchema.extend({
  layanan: z.array(LayananSchema),
  sesi: z.array(SesiSchema),
  loket: z.array(LoketSchema),
  tutup: z.array(TutupSchema),
  layar: z.array(LayarSchema),
});
export type LokasiDetail = z.infer<typeof LokasiDetailSchema>;
