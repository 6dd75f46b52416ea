import { z } from 'zod';
import { STATUS_TIKET } from '../domain/antrian/status.ts';

/**
 * HTTP contracts of the citizen side of module `antrian` (pelayanan.md §3): booking, the ticket page,
 * the office kiosk (walk-in tickets, check-in). Shared by server and web. Personal data (UU 27/2022):
 * a response never carries a NIK or phone number, only `nikSamaran` ('1274********0001').
 */

/** Priority groups entitled to special treatment (UU 25/2009 Pasal 29 and its penjelasan). */
export const PRIORITAS = ['lansia', 'disabilitas', 'ibu_hamil', 'anak'] as const;
export const PrioritasSchema = z.enum(PRIORITAS, { message: 'Pilih kelompok prioritas yang tersedia.' });
export type Prioritas = z.infer<typeof PrioritasSchema>;

export const StatusTiketSchema = z.enum(STATUS_TIKET);

const TanggalSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berformat YYYY-MM-DD.');
const Id = z.coerce.number().int().positive().max(2_147_483_647, 'id terlalu besar');

/** Booking code on the ticket and in its URL: 10 characters of an unambiguous alphabet. */
export const KODE_TIKET_ALFABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const KodeTiketParamSchema = z.object({ kode: z.string().min(1).max(16) });
export const KodeLokasiParamSchema = z.object({ kode: z.string().min(1).max(64) });

// --------------------------------------------------------------------------------------------- lokasi

export const LayananPublikSchema = z.object({
  id: z.number().int(),
  nama: z.string(),
  prefix: z.string(),
  /** Service-time standard, minutes. */
  standarMenit: z.number().int(),
});
export type LayananPublik = z.infer<typeof LayananPublikSchema>;

/** GET /antrian/publik/lokasi item: an active lokasi with its active layanan. */
export const LokasiPublikSchema = z.object({
  id: z.number().int(),
  kode: z.string(),
  nama: z.string(),
  alamat: z.string().nullable(),
  hariPesanKeDepan: z.number().int(),
  layanan: z.array(LayananPublikSchema),
});
export type LokasiPublik = z.infer<typeof LokasiPublikSchema>;
export const LokasiPublikListSchema = z.array(LokasiPublikSchema);

/** GET /antrian/publik/lokasi/:kode/jadwal?layananId=&dari= */
export const JadwalQuerySchema = z.object({
  layananId: Id,
  /** First date to list (default today, WIB); earlier dates are ignored. */
  dari: TanggalSchema.optional(),
});

export const SesiJadwalSchema = z.object({
  id: z.number().int(),
  mulai: z.string(),
  selesai: z.string(),
  kapasitas: z.number().int(),
  /** Places left: the smaller of the session's and the day's online quota. */
  sisa: z.number().int(),
  /** No place left, or the check-in window has already closed. */
  tersedia: z.boolean(),
});
export const HariJadwalSchema = z.object({ tanggal: z.string(), sisaOnline: z.number().int(), sesi: z.array(SesiJadwalSchema) });
export const JadwalPublikSchema = z.object({
  lokasi: z.object({ id: z.number().int(), kode: z.string(), nama: z.string() }),
  layanan: LayananPublikSchema,
  /** Open dates only (working days of the lokasi, not closed), ascending. */
  hari: z.array(HariJadwalSchema),
});
export type JadwalPublik = z.infer<typeof JadwalPublikSchema>;
export type SesiJadwal = z.infer<typeof SesiJadwalSchema>;

// --------------------------------------------------------------------------------------------- tiket

/** The citizen's view of a ticket (GET /antrian/publik/tiket/:kode, and the answer of booking/walk-in). */
export const TiketPublikSchema = z.object({
  kode: z.string(),
  nomor: z.string(),
  status: StatusTiketSchema,
  kanal: z.enum(['online', 'walkin']),
  prioritas: PrioritasSchema.nullable(),
  tanggal: z.string(),
  lokasi: z.object({ id: z.number().int(), kode: z.string(), nama: z.string(), alamat: z.string().nullable() }),
  layanan: z.object({ id: z.number().int(), nama: z.string() }),
  sesi: z.object({ id: z.number().int(), mulai: z.string(), selesai: z.string() }).nullable(),
  /** Online tickets: the check-in window (ISO instants, inclusive). */
  jendelaCheckIn: z.object({ buka: z.string(), tutup: z.string() }).nullable(),
  /** While menunggu: tickets that will be called before this one ("N orang lagi"). */
  posisi: z.number().int().nullable(),
  /** While menunggu: estimated wait in minutes (null when no counter is open). */
  estimasi: z.object({ minMenit: z.number().int(), maksMenit: z.number().int() }).nullable(),
  /** When called/served: the counter. */
  loket: z.object({ nomor: z.number().int(), nama: z.string() }).nullable(),
  nikSamaran: z.string().nullable(),
  dibuatPada: z.string(),
  checkInPada: z.string().nullable(),
  /** When selesai and an SKM invitation exists: the survey link (a path). */
  survei: z.object({ tautan: z.string() }).nullable(),
});
export type TiketPublik = z.infer<typeof TiketPublikSchema>;

/** POST /antrian/publik/booking (header Idempotency-Key optional). */
export const BookingBodySchema = z.object({
  layananId: Id,
  tanggal: TanggalSchema,
  sesiId: Id,
  /** Checked with the domain rules (pelayanan.md §5.3) by the server: 16 digits etc. */
  nik: z.string().max(32, 'NIK harus terdiri dari 16 angka.'),
  nama: z.string().trim().min(2, 'Nama minimal 2 karakter.').max(100, 'Nama maksimal 100 karakter.'),
  /** Indonesian mobile number 08…/+628…, normalised to 628… by the server. */
  telepon: z.string().max(32, 'Nomor WhatsApp tidak valid.'),
  prioritas: PrioritasSchema.nullable().optional(),
  /** Consent to the privacy notice (UU 27/2022 Pasal 20–21): must be true. */
  setuju: z.literal(true, { message: 'Anda perlu menyetujui pemberitahuan privasi untuk melanjutkan.' }),
});
export type BookingBody = z.infer<typeof BookingBodySchema>;

/**
 * The second factor of cancel/reschedule: the booker's whole NIK (compared by keyed hash). Not the last 4
 * digits: those are shown on the ticket page, so anyone with the booking code would know them.
 */
const NikPemilikSchema = z.string().trim().regex(/^\d{16}$/, 'Masukkan NIK Anda (16 angka) yang dipakai saat memesan.');
/** POST /antrian/publik/tiket/:kode/batal */
export const BatalBodySchema = z.object({ nik: NikPemilikSchema });
/** POST /antrian/publik/tiket/:kode/jadwal-ulang */
export const JadwalUlangBodySchema = z.object({ nik: NikPemilikSchema, tanggal: TanggalSchema, sesiId: Id });

// --------------------------------------------------------------------------------------------- kiosk

export const LayananKioskSchema = z.object({
  id: z.number().int(),
  nama: z.string(),
  prefix: z.string(),
  kuotaWalkin: z.number().int(),
  /** Walk-in places left today. */
  sisaWalkin: z.number().int(),
});
/** GET /antrian/kiosk/lokasi item: a lokasi of the petugas's OPD with today's walk-in places. */
export const LokasiKioskSchema = z.object({
  id: z.number().int(),
  kode: z.string(),
  nama: z.string(),
  tanggal: z.string(),
  /** Open today and now within the service hours. */
  buka: z.boolean(),
  layanan: z.array(LayananKioskSchema),
});
export type LokasiKiosk = z.infer<typeof LokasiKioskSchema>;
export const LokasiKioskListSchema = z.array(LokasiKioskSchema);

/** POST /antrian/kiosk/walkin */
export const WalkinBodySchema = z.object({ lokasiId: Id, layananId: Id, prioritas: PrioritasSchema.nullable().optional() });
/** POST /antrian/kiosk/check-in — `kode`: the booking code or the scanned QR payload. */
export const CheckInBodySchema = z.object({ lokasiId: Id, kode: z.string().trim().min(1, 'Masukkan kode booking.').max(200) });
