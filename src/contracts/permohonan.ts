import { z } from 'zod';
import { AKSI_PETUGAS, STATUS_PERMOHONAN } from '../domain/layanan/permohonan.ts';
import { BADGE_SLA } from '../domain/layanan/sla.ts';
import { JangkaWaktuSchema, PersyaratanItemSchema } from './layanan.ts';

/**
 * HTTP contracts of online applications (permohonan, module `layanan`; pelayanan.md §2, §5.2, §6; issue #4;
 * plan decisions 1–8). Shared by server and web.
 *
 * Personal data (UU 27/2022): no response carries a whole NIK/KK/phone except POST /permohonan/:id/nik
 * (staff, audited). The access code travels only in POST bodies, never in a URL.
 *
 * Error fields (problem+json `errors[].field`) of the multipart submission name the path inside the `data`
 * JSON (`layananKode`, `pemohon.nik`, `pemohon.kk`, `pemohon.telepon`, `persetujuan`, `isian.<kode>`) or
 * the file field (`berkas.<persyaratanKode>`); JSON endpoints use `body.<path>`.
 * All instants are ISO 8601 UTC strings; show them in WIB.
 */

const Id = z.coerce.number().int().positive().max(2_147_483_647, 'id terlalu besar');

export const StatusPermohonanSchema = z.enum(STATUS_PERMOHONAN);
export type StatusPermohonan = z.infer<typeof StatusPermohonanSchema>;
export const AksiPetugasSchema = z.enum(AKSI_PETUGAS, 'Aksi tidak dikenal');
export const BadgeSlaSchema = z.enum(BADGE_SLA);
export type BadgeSla = z.infer<typeof BadgeSlaSchema>;

/** Version of the privacy notice the applicant agreed to (shown on the form; stored with the case). */
export const PERSETUJUAN_VERSI_PERMOHONAN = '2026-12-permohonan-v1';

/** Case number as typed by a citizen (normalised by the server: trimmed, upper case). */
const NomorSchema = z.string('Nomor permohonan wajib diisi').trim().min(1, 'Nomor permohonan wajib diisi').max(30, 'Nomor permohonan tidak dikenal');
/** Access code as typed ("K7PQ-M2XD", "k7pq m2xd" — spaces/dashes/case ignored). */
const KodeAksesSchema = z.string('Kode akses wajib diisi').trim().min(1, 'Kode akses wajib diisi').max(20, 'Kode akses tidak valid');

// ---------------------------------------------------------------------------------------- SLA

/**
 * SLA state (plan decision 3): `badge` 'terlambat' (past due), 'segera' (≤ 25 % of the budget or ≤ 1
 * working day left), 'aman', 'jeda' (waiting for the applicant's perbaikan: clock paused), 'selesai'
 * (finished or rejected: clock stopped). `sisaMenitKerja`: working minutes left (negative = overdue by);
 * while paused the remaining budget (frozen); null when stopped. `teks`: "sisa 2 hari kerja", "terlambat 3 jam kerja", "menunggu perbaikan
 * pemohon", "selesai tepat waktu".
 */
export const SlaSchema = z.object({
  badge: BadgeSlaSchema,
  sisaMenitKerja: z.number().nullable(),
  teks: z.string(),
  /** ISO instant; null while paused. */
  jatuhTempo: z.string().nullable(),
});
export type Sla = z.infer<typeof SlaSchema>;

// ------------------------------------------------------------------------------------- submission

export const PemohonInputSchema = z.object({
  nama: z.string('Nama wajib diisi').trim().min(2, 'Nama minimal 2 karakter').max(120, 'Nama maksimal 120 karakter'),
  /** 16 digits; checked by validasiNik (pelayanan.md §5.3). */
  nik: z.string('NIK wajib diisi').trim().max(32, 'NIK harus terdiri dari 16 angka'),
  /** Nomor Kartu Keluarga, 16 digits (validasiKk); optional unless the layanan needs it. */
  kk: z.string().trim().max(32, 'Nomor KK harus terdiri dari 16 angka').nullish(),
  /** Indonesian mobile number for WhatsApp/SMS notifications (08…/+628…). */
  telepon: z.string().trim().max(32, 'Nomor HP tidak valid').nullish(),
  email: z.email('Alamat email tidak valid').max(200, 'Email maksimal 200 karakter').nullish().or(z.literal('')),
});
export type PemohonInput = z.infer<typeof PemohonInputSchema>;

export const PENGAMBILAN = ['ambil', 'unduh'] as const;
export const PengambilanSchema = z.enum(PENGAMBILAN, 'Pilih cara pengambilan: ambil di kantor atau unduh');

/**
 * The `data` field (JSON text) of POST /permohonan (multipart/form-data). Files: one or more parts named
 * `berkas.<persyaratanKode>` (PDF/JPEG/PNG, checked by content; ≤ LAYANAN_MAKS_BERKAS_MB each; at most
 * LAYANAN_MAKS_JUMLAH_BERKAS in total). Every persyaratan with `wajib: 'wajib'` and `unggah: true` needs at
 * least one file. `isian`: values of the standard's `jenis: 'isian'` items, keyed by their kode (text ≤ 500).
 */
export const PermohonanAjukanDataSchema = z.object({
  layananKode: z.string('Layanan wajib dipilih').trim().min(1, 'Layanan wajib dipilih').max(60, 'Layanan tidak dikenal'),
  pemohon: PemohonInputSchema,
  isian: z.record(z.string().max(60), z.string().trim().max(500, 'Isian maksimal 500 karakter')).optional(),
  pengambilan: PengambilanSchema.default('ambil'),
  /** Consent to the privacy notice (UU 27/2022 Pasal 20–21): must be true. */
  persetujuan: z.literal(true, { message: 'Anda perlu menyetujui pemberitahuan privasi untuk melanjutkan.' }),
  persetujuanVersi: z.string().trim().min(1).max(60).default(PERSETUJUAN_VERSI_PERMOHONAN),
});
export type PermohonanAjukanData = z.input<typeof PermohonanAjukanDataSchema>;

/**
 * 201 of POST /permohonan (200 when an Idempotency-Key repeats a submission that already succeeded: the same
 * nomor and kodeAkses come back). `kodeAkses` is shown ONCE — the server keeps only its hash.
 */
export const PermohonanDiterimaSchema = z.object({
  nomor: z.string(),
  kodeAkses: z.string(),
  status: StatusPermohonanSchema,
  statusLabel: z.string(),
  layanan: z.object({ kode: z.string(), nama: z.string() }),
  diajukanAt: z.string(),
  /** ISO instant the office promised (jangka waktu of the standard, in working time). */
  jatuhTempo: z.string().nullable(),
  /** "Kamis, 3 Desember 2026 pukul 10.00 WIB". */
  jatuhTempoTeks: z.string().nullable(),
  jangkaWaktu: JangkaWaktuSchema,
});
export type PermohonanDiterima = z.infer<typeof PermohonanDiterimaSchema>;

// ----------------------------------------------------------------------------------------- tracking

/** POST /permohonan/lacak — wrong pair → 404 (same message whether the number or the code is wrong). */
export const LacakBodySchema = z.object({ nomor: NomorSchema, kodeAkses: KodeAksesSchema });
export type LacakBody = z.infer<typeof LacakBodySchema>;

/** The `data` field of POST /permohonan/lacak/perbaikan (multipart) + files `berkas.<kode>`. */
export const PerbaikanDataSchema = z.object({
  nomor: NomorSchema,
  kodeAkses: KodeAksesSchema,
  /** Note from the applicant to the officer (optional). */
  catatan: z.string().trim().max(1000, 'Catatan maksimal 1000 karakter').nullish(),
  /** Corrected values of isian items (optional). */
  isian: z.record(z.string().max(60), z.string().trim().max(500, 'Isian maksimal 500 karakter')).optional(),
});
export type PerbaikanData = z.input<typeof PerbaikanDataSchema>;

/** POST /permohonan/lacak/berkas — downloads one file of the case (the applicant's own uploads, the product). */
export const LacakBerkasBodySchema = z.object({ nomor: NomorSchema, kodeAkses: KodeAksesSchema, berkasId: Id });

/** One entry of the public history. */
export const RiwayatSchema = z.object({
  at: z.string(),
  aksi: z.string(),
  label: z.string(),
  /** 'pemohon' | 'petugas' | 'sistem'. */
  aktor: z.string(),
  catatan: z.string().nullable(),
  status: StatusPermohonanSchema.nullable(),
});
export type Riwayat = z.infer<typeof RiwayatSchema>;

/** One item to fix, as asked by the officer. */
export const PerbaikanItemSchema = z.object({
  persyaratanKode: z.string().nullable(),
  /** Name of the persyaratan, when `persyaratanKode` is set. */
  persyaratanNama: z.string().nullable(),
  catatan: z.string(),
});

export const BerkasSchema = z.object({
  id: z.number().int(),
  /** 'persyaratan' (applicant upload), 'lampiran' (staff), 'hasil' (the digital product). */
  jenis: z.enum(['persyaratan', 'lampiran', 'hasil']),
  persyaratanKode: z.string().nullable(),
  namaFile: z.string(),
  mime: z.string(),
  ukuran: z.number().int(),
  /** Submission round: 1 = first submission, 2 = after the first perbaikan, … */
  putaran: z.number().int(),
  /** False for a file replaced in a later round (kept for the history). */
  berlaku: z.boolean(),
  diunggahAt: z.string(),
});
export type Berkas = z.infer<typeof BerkasSchema>;

/**
 * The applicant's view (POST /permohonan/lacak, and the answer of /lacak/perbaikan). `tautanSurvei`: the
 * one-time SKM invitation path once selesai. `tautanAntrian`: '/antrian' when the product is picked up and
 * the antrian module is present. `dokumenHasil`: a digital product exists (download with /lacak/berkas).
 */
export const PermohonanLacakSchema = z.object({
  nomor: z.string(),
  layanan: z.object({ kode: z.string(), nama: z.string() }),
  unit: z.object({ nama: z.string() }),
  status: StatusPermohonanSchema,
  statusLabel: z.string(),
  pemohon: z.object({ nama: z.string(), nikSamar: z.string() }),
  diajukanAt: z.string(),
  jatuhTempo: z.string().nullable(),
  sla: SlaSchema,
  jangkaWaktu: JangkaWaktuSchema,
  riwayat: z.array(RiwayatSchema),
  /** While perlu_perbaikan: what to fix. */
  perbaikan: z.array(PerbaikanItemSchema).nullable(),
  alasanTolak: z.string().nullable(),
  berkas: z.array(BerkasSchema),
  /** Persyaratan of the standard version the case started with. */
  persyaratan: z.array(PersyaratanItemSchema),
  isian: z.record(z.string(), z.string()),
  pengambilan: PengambilanSchema,
  /** Where/when to pick up the product (pengambilan 'ambil', once selesai). */
  pengambilanTeks: z.string().nullable(),
  /**
   * The digital product (pengambilan 'unduh', or a product uploaded anyway): `tersedia` once selesai; then
   * `berkasId` (download with /lacak/berkas) and `tautanVerifikasi` ('/verifikasi/<token>', for the QR).
   */
  dokumenHasil: z.object({ tersedia: z.boolean(), berkasId: z.number().int().nullable(), tautanVerifikasi: z.string().nullable() }).nullable(),
  selesaiAt: z.string().nullable(),
  tepatWaktu: z.boolean().nullable(),
  tautanSurvei: z.string().nullable(),
  tautanAntrian: z.string().nullable(),
});
export type PermohonanLacak = z.infer<typeof PermohonanLacakSchema>;

/**
 * GET /verifikasi/:token — the verification QR of a digital product. `sah: false` (other fields null)
 * for an unknown or forged token, or when the product was replaced.
 */
export const VerifikasiSchema = z.object({
  sah: z.boolean(),
  nomor: z.string().nullable(),
  layanan: z.string().nullable(),
  unit: z.string().nullable(),
  pemohonNama: z.string().nullable(),
  nikSamar: z.string().nullable(),
  selesaiAt: z.string().nullable(),
  namaFile: z.string().nullable(),
  /** sha256 (hex) of the issued PDF: compare with the file in hand. */
  sha256: z.string().nullable(),
});
export type Verifikasi = z.infer<typeof VerifikasiSchema>;
export const VerifikasiParamSchema = z.object({ token: z.string().min(10).max(200) });

// ------------------------------------------------------------------------------------------ staff

export const TUGAS_FILTER = ['saya', 'belum', 'semua', 'eskalasi'] as const;
export const TENGGAT_FILTER = ['terlambat', 'segera'] as const;

/**
 * GET /permohonan (layanan:proses; admin_opd/petugas/atasan see their OPD's cases, admin all).
 * status: one status or 'aktif' (diajukan, diverifikasi, diproses, perlu_perbaikan). tugas: 'saya' (assigned
 * to me), 'belum' (unassigned), 'eskalasi' (escalated to me), 'semua' (default). tenggat: overdue / due soon.
 * q: part of the nomor or the applicant's name. urut: 'jatuhTempo' (default, earliest first; paused last) or
 * 'diajukan' (newest first).
 */
export const InboxQuerySchema = z.object({
  status: z.union([StatusPermohonanSchema, z.literal('aktif')]).optional(),
  layananId: Id.optional(),
  unitId: Id.optional(),
  tugas: z.enum(TUGAS_FILTER).default('semua'),
  tenggat: z.enum(TENGGAT_FILTER).optional(),
  q: z.string().trim().max(100, 'Pencarian maksimal 100 karakter').optional(),
  urut: z.enum(['jatuhTempo', 'diajukan']).default('jatuhTempo'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perHalaman: z.coerce.number().int().min(1).max(200).default(25),
});
export type InboxQuery = z.infer<typeof InboxQuerySchema>;
/** What the web may send (every field optional). */
export type InboxQueryInput = z.input<typeof InboxQuerySchema>;

const PegawaiRefSchema = z.object({ id: z.number().int(), nama: z.string() });

export const InboxItemSchema = z.object({
  id: z.number().int(),
  nomor: z.string(),
  layanan: z.object({ id: z.number().int(), kode: z.string(), nama: z.string() }),
  status: StatusPermohonanSchema,
  statusLabel: z.string(),
  pemohonNama: z.string(),
  /** '1274********0001'. */
  nikSamar: z.string(),
  petugas: PegawaiRefSchema.nullable(),
  diajukanAt: z.string(),
  jatuhTempo: z.string().nullable(),
  badge: BadgeSlaSchema,
  /** "sisa 2 hari kerja", "terlambat 3 jam kerja". */
  sisaTeks: z.string(),
  /** Escalated to an atasan (overdue). */
  eskalasi: z.boolean(),
  revisi: z.number().int(),
});
export type InboxItem = z.infer<typeof InboxItemSchema>;

export const InboxSchema = z.object({
  items: z.array(InboxItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  perHalaman: z.number().int(),
  /** Counts over the whole scope (ignoring status/tenggat/tugas/q filters), for the badges and tabs. */
  ringkasan: z.object({
    terlambat: z.number().int(),
    segera: z.number().int(),
    belumDitugaskan: z.number().int(),
    eskalasiSaya: z.number().int(),
    perStatus: z.record(z.string(), z.number().int()),
  }),
});
export type Inbox = z.infer<typeof InboxSchema>;

/** GET /permohonan/:id — everything staff need to decide. */
export const PermohonanDetailSchema = z.object({
  id: z.number().int(),
  nomor: z.string(),
  layanan: z.object({ id: z.number().int(), kode: z.string(), nama: z.string() }),
  unit: z.object({ id: z.number().int(), nama: z.string() }),
  status: StatusPermohonanSchema,
  statusLabel: z.string(),
  revisi: z.number().int(),
  pemohon: z.object({
    nama: z.string(),
    nikSamar: z.string(),
    kkSamar: z.string().nullable(),
    teleponSamar: z.string().nullable(),
    adaEmail: z.boolean(),
  }),
  isian: z.record(z.string(), z.string()),
  pengambilan: PengambilanSchema,
  petugas: PegawaiRefSchema.nullable(),
  diajukanAt: z.string(),
  selesaiAt: z.string().nullable(),
  tepatWaktu: z.boolean().nullable(),
  sla: SlaSchema,
  jangkaWaktu: JangkaWaktuSchema,
  standarVersi: z.number().int(),
  eskalasi: z.object({ at: z.string(), ke: PegawaiRefSchema.nullable() }).nullable(),
  perbaikan: z.array(PerbaikanItemSchema).nullable(),
  alasanTolak: z.string().nullable(),
  berkas: z.array(BerkasSchema),
  riwayat: z.array(RiwayatSchema.extend({ aktorNama: z.string().nullable() })),
  persyaratan: z.array(PersyaratanItemSchema),
  /** Staff actions possible now (buttons). */
  aksi: z.array(AksiPetugasSchema),
  /** The digital product: uploaded PDF and its public verification path (/verifikasi/<token>). */
  dokumenHasil: z.object({ berkasId: z.number().int(), namaFile: z.string(), tautanVerifikasi: z.string() }).nullable(),
  /** An SKM invitation was created at selesai. */
  adaUndanganSkm: z.boolean(),
});
export type PermohonanDetail = z.infer<typeof PermohonanDetailSchema>;

/**
 * POST /permohonan/:id/aksi. `revisi`: the value the officer saw (stale → 409 PERMOHONAN_BERUBAH).
 * minta_perbaikan needs `perbaikan` (≥ 1 item); tolak needs `alasan`; selesaikan with pengambilan 'unduh'
 * needs the product uploaded first (POST /permohonan/:id/hasil). `catatan` is shown to the applicant.
 */
export const AksiBodySchema = z.object({
  aksi: AksiPetugasSchema,
  revisi: z.number('Revisi wajib dikirim').int().min(0),
  catatan: z.string().trim().max(1000, 'Catatan maksimal 1000 karakter').nullish(),
  perbaikan: z.array(z.object({
    persyaratanKode: z.string().trim().max(60).nullish(),
    catatan: z.string().trim().max(500, 'Catatan perbaikan maksimal 500 karakter'),
  })).max(40).optional(),
  alasan: z.string().trim().max(1000, 'Alasan maksimal 1000 karakter').nullish(),
  /** selesaikan, pengambilan 'ambil': where/when to pick up (default: the unit's office in working hours). */
  pengambilanTeks: z.string().trim().max(300, 'Keterangan pengambilan maksimal 300 karakter').nullish(),
});
export type AksiBody = z.infer<typeof AksiBodySchema>;

/** POST /permohonan/:id/tugaskan: a petugas (pegawai id), null = unassign, or `otomatis` = round-robin. */
export const TugaskanBodySchema = z.object({
  petugasId: Id.nullable().optional(),
  otomatis: z.boolean().optional(),
  revisi: z.number('Revisi wajib dikirim').int().min(0),
});
export type TugaskanBody = z.infer<typeof TugaskanBodySchema>;

/** POST /permohonan/massal: the same action on several cases; each id succeeds or fails on its own. */
export const MassalBodySchema = z.object({
  ids: z.array(Id).min(1, 'Pilih minimal satu permohonan').max(200, 'Maksimal 200 permohonan sekaligus'),
  aksi: z.enum(['tugaskan', 'verifikasi', 'proses'], 'Aksi massal tidak dikenal'),
  /** For 'tugaskan': the petugas (null = round-robin). */
  petugasId: Id.nullable().optional(),
});
export type MassalBody = z.infer<typeof MassalBodySchema>;
export const MassalHasilSchema = z.object({
  hasil: z.array(z.object({ id: z.number().int(), ok: z.boolean(), pesan: z.string().nullable() })),
});
export type MassalHasil = z.infer<typeof MassalHasilSchema>;

/** GET /permohonan/petugas: assignable petugas of my OPD (admin: ?unitId=). */
export const PetugasQuerySchema = z.object({ unitId: Id.optional() });
export const PetugasSchema = z.object({
  id: z.number().int(),
  nama: z.string(),
  nip: z.string().nullable(),
  /** Open cases assigned now. */
  jumlahAktif: z.number().int(),
});
export const PetugasListSchema = z.array(PetugasSchema);
export type Petugas = z.infer<typeof PetugasSchema>;

/** POST /permohonan/:id/nik: the whole NIK/KK for staff who must check them; every call is audited. */
export const NikPenuhSchema = z.object({ nik: z.string(), kk: z.string().nullable() });

export const IdBerkasParamSchema = z.object({ id: Id, berkasId: Id });
