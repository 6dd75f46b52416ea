import { z } from 'zod';

/**
 * HTTP contracts of the counter console (`/api/v1/antrian/loket/…`, permission `antrian:loket`), the
 * display board (`/api/v1/antrian/layar/:kode?token=`) and the live events (SSE) of a lokasi, shared by
 * server and web. pelayanan.md §3.2. Nothing here carries personal data: no NIK, no name, no phone.
 */

export const StatusTiketSchema = z.enum([
  'dipesan', 'menunggu', 'dipanggil', 'dilayani', 'ditahan', 'selesai', 'tidak_hadir', 'dibatalkan', 'kedaluwarsa',
]);
export type StatusTiket = z.infer<typeof StatusTiketSchema>;
/** Priority groups (UU 25/2009 Pasal 29 perlakuan khusus). */
export const PrioritasSchema = z.enum(['lansia', 'disabilitas', 'ibu_hamil', 'anak']);
export type Prioritas = z.infer<typeof PrioritasSchema>;
export const KanalSchema = z.enum(['online', 'walkin']);

/** A ticket as the console shows it. Times are ISO instants (UTC). */
export const TiketLoketSchema = z.object({
  id: z.number().int(),
  nomor: z.string(),
  layananId: z.number().int(),
  layananNama: z.string(),
  kanal: KanalSchema,
  status: StatusTiketSchema,
  prioritas: PrioritasSchema.nullable(),
  /** Calls so far (first call + recalls); at `maksPanggil` the next recall/skip records tidak_hadir. */
  jumlahPanggil: z.number().int(),
  maksPanggil: z.number().int(),
  loketId: z.number().int().nullable(),
  loketTujuanId: z.number().int().nullable(),
  antriPada: z.string().nullable(),
  dipanggilPada: z.string().nullable(),
  mulaiPada: z.string().nullable(),
  ditahanPada: z.string().nullable(),
});
export type TiketLoket = z.infer<typeof TiketLoketSchema>;

export const LoketOpsiSchema = z.object({
  id: z.number().int(),
  nomor: z.number().int(),
  nama: z.string(),
  layananIds: z.array(z.number().int()),
  /** Who is signed in to it now (display name), or null when free. */
  petugas: z.object({ akunId: z.number().int(), nama: z.string() }).nullable(),
});
export const LayananRingkasSchema = z.object({ id: z.number().int(), nama: z.string(), prefix: z.string() });

/** GET /antrian/loket/saya — the console's state for the signed-in petugas. */
export const LoketSayaSchema = z.object({
  /** Active lokasi of the petugas's OPD with their active loket and layanan. */
  lokasi: z.array(z.object({
    id: z.number().int(),
    kode: z.string(),
    nama: z.string(),
    maksPanggil: z.number().int(),
    loket: z.array(LoketOpsiSchema),
    layanan: z.array(LayananRingkasSchema),
  })),
  /** The loket the petugas is signed in to, or null. */
  loketSaya: z.object({ id: z.number().int(), lokasiId: z.number().int(), nomor: z.number().int(), nama: z.string(), layananIds: z.array(z.number().int()) }).nullable(),
  /** The ticket being called or served at that loket. */
  tiketSaya: TiketLoketSchema.nullable(),
  /** Tickets parked (ditahan) at that loket, oldest first. */
  ditahan: z.array(TiketLoketSchema),
});
export type LoketSaya = z.infer<typeof LoketSayaSchema>;

/** GET /antrian/loket/antrean — the waiting line of my loket in call order. */
export const AntreanItemSchema = z.object({
  id: z.number().int(),
  nomor: z.string(),
  layananId: z.number().int(),
  layananNama: z.string(),
  kanal: KanalSchema,
  prioritas: PrioritasSchema.nullable(),
  /** Transferred/resumed to this loket. */
  untukLoketIni: z.boolean(),
  /** Minutes since it (re-)entered the line, whole minutes. */
  menungguMenit: z.number().int(),
});
export const AntreanSchema = z.object({ items: z.array(AntreanItemSchema) });
export type Antrean = z.infer<typeof AntreanSchema>;

export const MasukBodySchema = z.object({ loketId: z.number({ error: 'pilih loket' }).int().positive() });
export const AlihkanBodySchema = z
  .object({
    layananId: z.number().int().positive().optional(),
    loketId: z.number().int().positive().optional(),
  })
  .refine((v) => v.layananId !== undefined || v.loketId !== undefined, { message: 'pilih layanan atau loket tujuan', path: ['layananId'] });
export type AlihkanBody = z.infer<typeof AlihkanBodySchema>;
export const PrioritasBodySchema = z.object({ prioritas: PrioritasSchema.nullable() });
export const AKSI_KONSOL = ['panggil-ulang', 'mulai', 'selesai', 'tahan', 'lanjutkan', 'lewati'] as const;
export type AksiKonsol = (typeof AKSI_KONSOL)[number];

// ------------------------------------------------------------------ live events (SSE)

/** `event: panggil` — a ticket was called (or recalled) to a loket; `teks` is what the board says. */
export const PanggilEventSchema = z.object({
  tiketId: z.number().int(),
  nomor: z.string(),
  loketNomor: z.number().int(),
  loketNama: z.string(),
  layananId: z.number().int(),
  teks: z.string(),
  pada: z.string(),
});
export type PanggilEvent = z.infer<typeof PanggilEventSchema>;
/** `event: antrean` — waiting counts per layanan id of a lokasi. */
export const AntreanEventSchema = z.object({ lokasiId: z.number().int(), menunggu: z.record(z.string(), z.number().int()) });
export type AntreanEvent = z.infer<typeof AntreanEventSchema>;
/** `event: tiket` — a ticket changed status. */
export const TiketEventSchema = z.object({ tiketId: z.number().int(), status: StatusTiketSchema });
export type TiketEvent = z.infer<typeof TiketEventSchema>;

export const NAMA_EVENT = ['panggil', 'antrean', 'tiket'] as const;
export type NamaEvent = (typeof NAMA_EVENT)[number];
/** What travels on the event bus topic of a lokasi: `{ event, data }`; the SSE streams relay it as is. */
export type PeristiwaLangsung =
  | { event: 'panggil'; data: PanggilEvent }
  | { event: 'antrean'; data: AntreanEvent }
  | { event: 'tiket'; data: TiketEvent };

// ------------------------------------------------------------------ display board

export const LayarQuerySchema = z.object({ token: z.string().min(1, 'token perangkat wajib').max(200) });
export const KodeLokasiParamSchema = z.object({ kode: z.string().min(1).max(64) });

/** GET /antrian/layar/:kode?token= — the board's snapshot. */
export const LayarSnapshotSchema = z.object({
  lokasi: z.object({ id: z.number().int(), kode: z.string(), nama: z.string() }),
  /** Every active loket with the ticket it is calling/serving now. */
  loket: z.array(z.object({
    id: z.number().int(),
    nomor: z.number().int(),
    nama: z.string(),
    tiket: z.object({ id: z.number().int(), nomor: z.string(), status: StatusTiketSchema }).nullable(),
  })),
  /** The last 10 calls today, newest first. */
  panggilanTerakhir: z.array(PanggilEventSchema),
  /** Waiting tickets per active layanan. */
  menunggu: z.array(z.object({ layananId: z.number().int(), nama: z.string(), prefix: z.string(), jumlah: z.number().int() })),
  waktuServer: z.string(),
});
export type LayarSnapshot = z.infer<typeof LayarSnapshotSchema>;
