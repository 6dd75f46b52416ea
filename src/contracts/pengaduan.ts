import { z } from 'zod';
import {
  AKSI_STAF_PENGADUAN, HASIL_TINDAK_LANJUT, KLASIFIKASI_PENGADUAN, STATUS_PENGADUAN,
} from '../domain/layanan/pengaduan.ts';

/**
 * HTTP contracts of complaints (pengaduan, SP4N-LAPOR!-style; pelayanan.md §4) — shared by server and
 * web — and the Open311 GeoReport v2 shapes (/open311/v2, pelayanan.md §4.1).
 *
 * Personal data (UU 27/2022): a response carries the reporter's identity only to the coordinator, and to
 * the handling OPD when the report is neither anonymous nor confidential; the phone only masked
 * ('…7890'). The access code travels in POST bodies, never in a URL.
 *
 * Instants are ISO 8601 strings (UTC 'Z' in /api/v1; '+07:00' in Open311). Deadlines are in working
 * days of the shared calendar (WIB, holidays); `*Teks` fields give them as Indonesians read them
 * ("Kamis, 3 Desember 2026 pukul 10.00 WIB").
 */

export { AKSI_STAF_PENGADUAN, HASIL_TINDAK_LANJUT, KLASIFIKASI_PENGADUAN, STATUS_PENGADUAN };
export {
  AKSI_PENGADUAN_LABEL, HASIL_TINDAK_LANJUT_LABEL, KLASIFIKASI_PENGADUAN_LABEL, STATUS_PENGADUAN_LABEL, KOTAK_TANJUNGBALAI,
  formatKodeAkses, normalisasiKodeAkses,
} from '../domain/layanan/pengaduan.ts';

export const StatusPengaduanSchema = z.enum(STATUS_PENGADUAN);
export const KlasifikasiPengaduanSchema = z.enum(KLASIFIKASI_PENGADUAN, { message: 'Pilih jenis laporan: pengaduan, aspirasi, atau permintaan informasi.' });
export const HasilTindakLanjutSchema = z.enum(HASIL_TINDAK_LANJUT, { message: 'Pilih hasil tindak lanjut: tuntas, sebagian, atau tidak tuntas.' });
export type StatusPengaduan = z.infer<typeof StatusPengaduanSchema>;

const Id = z.coerce.number().int().positive().max(2_147_483_647, 'id terlalu besar');
const Iso = z.string();
const UnitRingkas = z.object({ id: z.number().int(), nama: z.string() });

/** Most photos per report (JPEG/PNG, type checked by content, each ≤ LAYANAN_MAKS_BERKAS_MB). */
export const MAKS_FOTO_PENGADUAN = 3;
/** Multipart field name of the photos (repeat it up to {@link MAKS_FOTO_PENGADUAN} times). */
export const FIELD_FOTO = 'foto';

/** Public case number of a complaint: PG-2026-000045. */
export const NomorPengaduanSchema = z.string().trim().toUpperCase()
  .regex(/^PG-\d{4}-\d{6}$/, 'Nomor laporan berbentuk PG-2026-000045.');
/** The private access code as typed (dashes and spaces ignored, case-insensitive): K7PQ-M2XD. */
export const KodeAksesSchema = z.string().trim().min(8, 'Kode akses terdiri dari 8 karakter.').max(12, 'Kode akses terdiri dari 8 karakter.');

// --------------------------------------------------------------------------------------------- kategori

/** GET /api/v1/pengaduan/kategori (public) item: an active category (= Open311 service). */
export const KategoriPublikSchema = z.object({
  id: z.number().int(),
  kode: z.string(),
  nama: z.string(),
  deskripsi: z.string().nullable(),
  grup: z.string().nullable(),
  /** Default handling OPD/unit (the coordinator may forward elsewhere). */
  unit: UnitRingkas.nullable(),
});
export type KategoriPublik = z.infer<typeof KategoriPublikSchema>;
export const KategoriPublikListSchema = z.array(KategoriPublikSchema);

// --------------------------------------------------------------------------------------------- submit

/**
 * POST /api/v1/pengaduan (public, multipart/form-data): text field `data` = this JSON, and files `foto`
 * (0–3, JPEG/PNG by content). Rules also checked by the server (field names as in `errors[].field`):
 * - `anonim`: no identity is stored at all, so `pelapor` must be absent; the reporter follows the case
 *   with nomor + kode akses only (no notifications);
 * - not anonim: `pelapor.nama` required; `rahasia` hides the identity from the handling OPD and Open311;
 * - `lat` and `lng` together, inside Kota Tanjungbalai (± ~10 km); `kelurahanKode` a kelurahan of the city.
 */
export const PengaduanDataSchema = z.object({
  klasifikasi: KlasifikasiPengaduanSchema.default('pengaduan'),
  kategoriKode: z.string().trim().min(1, 'Pilih kategori laporan.').max(64),
  layananKode: z.string().trim().min(1).max(64).optional(),
  /** Related application (PM-2026-000123): "one tracking number per case". */
  permohonanNomor: z.string().trim().toUpperCase().regex(/^PM-\d{4}-\d{6}$/, 'Nomor permohonan berbentuk PM-2026-000123.').optional(),
  judul: z.string().trim().min(5, 'Judul minimal 5 karakter.').max(150, 'Judul maksimal 150 karakter.'),
  isi: z.string().trim().min(20, 'Uraikan laporan Anda minimal 20 karakter.').max(5000, 'Uraian maksimal 5.000 karakter.'),
  anonim: z.boolean().default(false),
  rahasia: z.boolean().default(false),
  pelapor: z.object({
    nama: z.string().trim().min(2, 'Nama minimal 2 karakter.').max(100),
    /** Indonesian mobile number (08…, +62…); used only for WhatsApp/SMS notifications. */
    telepon: z.string().trim().max(20).optional(),
    email: z.email('Alamat email tidak valid.').max(200).optional(),
  }).optional(),
  /** Kemendagri code of a kelurahan of Tanjungbalai (as in GET /org/wilayah), e.g. '12.74.04.1004'. */
  kelurahanKode: z.string().trim().max(20).optional(),
  alamat: z.string().trim().max(300).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
  /** Consent to processing the data for handling the report (UU 27/2022); must be true. */
  persetujuan: z.literal(true, { message: 'Anda perlu menyetujui pemrosesan data untuk penanganan laporan.' }),
});
export type PengaduanData = z.infer<typeof PengaduanDataSchema>;
export type PengaduanDataInput = z.input<typeof PengaduanDataSchema>;

/** 201 answer of POST /api/v1/pengaduan: the code is shown once and never again. */
export const PengaduanBaruSchema = z.object({
  nomor: z.string(),
  /** Private access code "K7PQ-M2XD" (with nomor: tracking, reply, confirmation). */
  kodeAkses: z.string(),
  status: StatusPengaduanSchema,
  /** Deadline for verification and forwarding (hariVerifikasi working days). */
  batasVerifikasi: Iso,
  batasVerifikasiTeks: z.string(),
});
export type PengaduanBaru = z.infer<typeof PengaduanBaruSchema>;

// --------------------------------------------------------------------------------------------- tracking

/** POST /api/v1/pengaduan/lacak body (never a GET: the code stays out of URLs and logs). */
export const LacakPengaduanBodySchema = z.object({ nomor: NomorPengaduanSchema, kodeAkses: KodeAksesSchema });
export type LacakPengaduanBody = z.infer<typeof LacakPengaduanBodySchema>;

/** POST /api/v1/pengaduan/lacak/balas: the reporter's reply (reopens ditindaklanjuti/selesai within the window). */
export const BalasPengaduanBodySchema = LacakPengaduanBodySchema.extend({
  isi: z.string().trim().min(2, 'Tulis balasan Anda.').max(3000, 'Balasan maksimal 3.000 karakter.'),
});
export type BalasPengaduanBody = z.infer<typeof BalasPengaduanBodySchema>;

/** POST /api/v1/pengaduan/lacak/konfirmasi: "was it resolved?" — true → selesai; false → reopened. */
export const KonfirmasiPengaduanBodySchema = LacakPengaduanBodySchema.extend({
  tuntas: z.boolean(),
  /** Optional comment, e.g. what is still wrong. */
  isi: z.string().trim().max(3000).optional(),
});
export type KonfirmasiPengaduanBody = z.infer<typeof KonfirmasiPengaduanBodySchema>;

/** One history entry. `oleh`: who acted, as shown ('Anda', 'Koordinator pengaduan', the OPD's name, 'Sistem'). */
export const RiwayatPengaduanSchema = z.object({
  at: Iso,
  aksi: z.string(),
  label: z.string(),
  isi: z.string().nullable(),
  oleh: z.string(),
  keStatus: StatusPengaduanSchema.nullable(),
});
export type RiwayatPengaduan = z.infer<typeof RiwayatPengaduanSchema>;

const BatasSchema = z.object({
  jenis: z.enum(['verifikasi', 'tindak_lanjut', 'tutup_otomatis']),
  batas: Iso,
  teks: z.string(),
  terlambat: z.boolean(),
}).nullable();

/** The reporter's view (POST /lacak, /lacak/balas, /lacak/konfirmasi). Only public history entries. */
export const PengaduanPublikSchema = z.object({
  nomor: z.string(),
  klasifikasi: KlasifikasiPengaduanSchema,
  judul: z.string(),
  isi: z.string(),
  status: StatusPengaduanSchema,
  statusLabel: z.string(),
  kategori: z.object({ kode: z.string(), nama: z.string() }),
  /** The OPD handling it (after forwarding). */
  unit: z.object({ nama: z.string() }).nullable(),
  layanan: z.object({ kode: z.string(), nama: z.string() }).nullable(),
  permohonanNomor: z.string().nullable(),
  anonim: z.boolean(),
  rahasia: z.boolean(),
  dibuatAt: Iso,
  /** The running deadline (null when closed). */
  batas: BatasSchema,
  batasVerifikasi: Iso,
  batasTindakLanjut: Iso.nullable(),
  tutupOtomatisAt: Iso.nullable(),
  hasil: HasilTindakLanjutSchema.nullable(),
  hasilLabel: z.string().nullable(),
  /** The reporter's answer to "was it resolved?" (null = not answered). */
  puas: z.boolean().nullable(),
  jumlahFoto: z.number().int(),
  riwayat: z.array(RiwayatPengaduanSchema),
  /** A reply is possible (open case, or selesai within the window). */
  bisaBalas: z.boolean(),
  /** The "was it resolved?" question is open (ditindaklanjuti, or selesai within the window). */
  bisaKonfirmasi: z.boolean(),
});
export type PengaduanPublik = z.infer<typeof PengaduanPublikSchema>;

// --------------------------------------------------------------------------------------------- staff

/** GET /api/v1/pengaduan (pengaduan:koordinasi: all; pengaduan:tindaklanjut: cases forwarded to the own OPD). */
export const PengaduanListQuerySchema = z.object({
  /** One status or a comma list: 'baru,diverifikasi'. */
  status: z.string().max(200).optional()
    .refine((s) => !s || s.split(',').every((x) => (STATUS_PENGADUAN as readonly string[]).includes(x.trim())), 'Status tidak dikenal.'),
  kategoriId: Id.optional(),
  unitId: Id.optional(),
  /** 'terlambat': only cases past their running deadline. */
  batas: z.enum(['terlambat']).optional(),
  /** Nomor (PG-…) or words in the title. */
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  perHalaman: z.coerce.number().int().min(1).max(200).default(25),
});
export type PengaduanListQuery = z.infer<typeof PengaduanListQuerySchema>;

export const PengaduanRingkasSchema = z.object({
  id: z.number().int(),
  nomor: z.string(),
  judul: z.string(),
  klasifikasi: KlasifikasiPengaduanSchema,
  status: StatusPengaduanSchema,
  statusLabel: z.string(),
  kategori: UnitRingkas,
  unit: UnitRingkas.nullable(),
  sumber: z.string(),
  anonim: z.boolean(),
  rahasia: z.boolean(),
  dibuatAt: Iso,
  batas: BatasSchema,
  revisi: z.number().int(),
});
export type PengaduanRingkas = z.infer<typeof PengaduanRingkasSchema>;

export const PengaduanListSchema = z.object({
  items: z.array(PengaduanRingkasSchema),
  total: z.number().int(),
  page: z.number().int(),
  perHalaman: z.number().int(),
  /** Counts over the caller's whole scope (not the filter): per status, and past their running deadline. */
  ringkasan: z.object({ terlambat: z.number().int(), perStatus: z.record(z.string(), z.number().int()) }),
});
export type PengaduanList = z.infer<typeof PengaduanListSchema>;

/** Staff view of one case (GET /api/v1/pengaduan/:id). */
export const PengaduanStafSchema = PengaduanPublikSchema.omit({ riwayat: true, jumlahFoto: true, bisaBalas: true, bisaKonfirmasi: true }).extend({
  id: z.number().int(),
  sumber: z.string(),
  kategori: z.object({ id: z.number().int(), kode: z.string(), nama: z.string() }),
  unit: UnitRingkas.nullable(),
  /** Default OPD for forwarding: the category's unit, else the layanan's or the permohonan's unit. */
  unitSaran: UnitRingkas.nullable(),
  /**
   * The reporter: null when anonymous, or when confidential and the viewer is the handling OPD
   * (`pelaporTersembunyi` = true then). Phone only masked.
   */
  pelapor: z.object({ nama: z.string(), teleponSamar: z.string().nullable(), email: z.string().nullable() }).nullable(),
  pelaporTersembunyi: z.boolean(),
  lokasi: z.object({
    kelurahanKode: z.string().nullable(),
    kelurahanNama: z.string().nullable(),
    alamat: z.string().nullable(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
  }),
  lampiran: z.array(z.object({ id: z.number().int(), namaFile: z.string(), mime: z.string(), ukuran: z.number().int() })),
  /** Every entry incl. internal notes (`publik` false). */
  riwayat: z.array(RiwayatPengaduanSchema.extend({ publik: z.boolean() })),
  /** Actions this viewer may take now (buttons); each still needs the current `revisi`. */
  aksi: z.array(z.enum(AKSI_STAF_PENGADUAN)),
  revisi: z.number().int(),
  diperbaruiAt: Iso,
});
export type PengaduanStaf = z.infer<typeof PengaduanStafSchema>;

/**
 * POST /api/v1/pengaduan/:id/aksi. Fields needed per aksi:
 * - verifikasi: — ; teruskan: `unitId` (default: unitSaran), `isi` optional note;
 * - tolak: `isi` = the reason (required); tutup: `isi` optional;
 * - tanggapi: `isi` (required), `publik` (default true; false = internal note);
 * - tindak_lanjut: `isi` (what was done, required) and `hasil`.
 * `revisi` = the value the actor saw; a stale one → 409 (someone else acted first).
 */
export const AksiPengaduanBodySchema = z.object({
  aksi: z.enum(AKSI_STAF_PENGADUAN, { message: 'Aksi tidak dikenal.' }),
  revisi: z.number().int().min(0),
  unitId: z.number().int().positive().optional(),
  isi: z.string().trim().max(5000, 'Maksimal 5.000 karakter.').optional(),
  hasil: HasilTindakLanjutSchema.optional(),
  publik: z.boolean().optional(),
});
export type AksiPengaduanBody = z.infer<typeof AksiPengaduanBodySchema>;

export const PengaduanIdParamSchema = z.object({ id: Id });
export const LampiranParamSchema = z.object({ id: Id, lampiranId: Id });

// --------------------------------------------------------------------------------------------- admin

export const KategoriAdminSchema = z.object({
  id: z.number().int(),
  kode: z.string(),
  nama: z.string(),
  deskripsi: z.string().nullable(),
  grup: z.string().nullable(),
  kataKunci: z.string().nullable(),
  unit: UnitRingkas.nullable(),
  aktif: z.boolean(),
  jumlahPengaduan: z.number().int(),
});
export type KategoriAdmin = z.infer<typeof KategoriAdminSchema>;
export const KategoriAdminListSchema = z.array(KategoriAdminSchema);

/** POST /api/v1/admin/pengaduan/kategori. `kode` = Open311 service_code: lower case, digits, '-', '_'. */
export const KategoriBuatSchema = z.object({
  kode: z.string().trim().min(2).max(64).regex(/^[a-z0-9][a-z0-9_-]*$/, 'Kode hanya huruf kecil, angka, "-" dan "_".'),
  nama: z.string().trim().min(2).max(120),
  deskripsi: z.string().trim().max(1000).nullable().optional(),
  grup: z.string().trim().max(120).nullable().optional(),
  kataKunci: z.string().trim().max(300).nullable().optional(),
  unitId: z.number().int().positive().nullable().optional(),
  aktif: z.boolean().default(true),
});
export type KategoriBuat = z.infer<typeof KategoriBuatSchema>;
/** PATCH /api/v1/admin/pengaduan/kategori/:id — the kode is fixed (Open311 clients keep it). */
export const KategoriUbahSchema = KategoriBuatSchema.omit({ kode: true, aktif: true }).partial().extend({ aktif: z.boolean().optional() });
export type KategoriUbah = z.infer<typeof KategoriUbahSchema>;

/** GET/PUT /api/v1/admin/pengaduan/pengaturan: the LAPOR! limits in working days (defaults 3/5/10). */
export const PengaturanPengaduanSchema = z.object({
  hariVerifikasi: z.number().int().min(1, 'Minimal 1 hari kerja.').max(60, 'Maksimal 60 hari kerja.'),
  hariTindakLanjut: z.number().int().min(1, 'Minimal 1 hari kerja.').max(60, 'Maksimal 60 hari kerja.'),
  hariTutupOtomatis: z.number().int().min(1, 'Minimal 1 hari kerja.').max(60, 'Maksimal 60 hari kerja.'),
});
export type PengaturanPengaduan = z.infer<typeof PengaturanPengaduanSchema>;

export const Open311KlienSchema = z.object({
  id: z.number().int(),
  nama: z.string(),
  aktif: z.boolean(),
  terakhirDipakai: Iso.nullable(),
  createdAt: Iso,
});
export type Open311Klien = z.infer<typeof Open311KlienSchema>;
export const Open311KlienListSchema = z.array(Open311KlienSchema);
export const Open311KlienBuatSchema = z.object({ nama: z.string().trim().min(2, 'Nama klien minimal 2 karakter.').max(120) });
/** 201 of POST /api/v1/admin/open311/klien: the api key is shown once (stored hashed). */
export const Open311KlienBaruSchema = z.object({ klien: Open311KlienSchema, apiKey: z.string() });

// --------------------------------------------------------------------------------------------- Open311 GeoReport v2

/** Errors of the GeoReport v2 API: a list of {code, description} (HTTP 400/403/404). */
export const Open311ErrorSchema = z.array(z.object({ code: z.number().int(), description: z.string() }));

export const Open311DiscoverySchema = z.object({
  changeset: z.string(),
  contact: z.string(),
  key_service: z.string(),
  endpoints: z.array(z.object({
    specification: z.string(),
    url: z.string(),
    changeset: z.string(),
    type: z.string(),
    formats: z.array(z.string()),
  })),
});

export const Open311ServiceSchema = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean(),
  type: z.enum(['realtime', 'batch', 'blackbox']),
  keywords: z.string(),
  group: z.string(),
});
export const Open311ServiceListSchema = z.array(Open311ServiceSchema);

export const Open311ServiceDefinitionSchema = z.object({
  service_code: z.string(),
  attributes: z.array(z.object({
    variable: z.boolean(),
    code: z.string(),
    datatype: z.string(),
    required: z.boolean(),
    datatype_description: z.string(),
    order: z.number().int(),
    description: z.string(),
    values: z.array(z.object({ key: z.string(), name: z.string() })).optional(),
  })),
});

export const Open311RequestSchema = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: z.string().nullable(),
  service_name: z.string(),
  service_code: z.string(),
  description: z.string(),
  agency_responsible: z.string().nullable(),
  service_notice: z.string().nullable(),
  requested_datetime: z.string(),
  updated_datetime: z.string(),
  expected_datetime: z.string().nullable(),
  address: z.string().nullable(),
  address_id: z.string().nullable(),
  zipcode: z.string().nullable(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  media_url: z.string().nullable(),
});
export type Open311Request = z.infer<typeof Open311RequestSchema>;
export const Open311RequestListSchema = z.array(Open311RequestSchema);

/** GET /open311/v2/requests.json query (GeoReport v2 + the page/page_size extension). */
export const Open311RequestsQuerySchema = z.object({
  service_request_id: z.string().max(2000).optional(),
  service_code: z.string().max(500).optional(),
  start_date: z.string().max(40).optional(),
  end_date: z.string().max(40).optional(),
  status: z.string().max(20).optional(),
  page: z.string().max(10).optional(),
  page_size: z.string().max(10).optional(),
  jurisdiction_id: z.string().max(100).optional(),
});

/** POST /open311/v2/requests.json body (form-urlencoded or JSON), validated by the handler to answer in the spec's error format. */
export const Open311PostBodySchema = z.record(z.string(), z.unknown());

export const Open311PostResultSchema = z.array(z.object({
  service_request_id: z.string(),
  service_notice: z.string().nullable(),
  account_id: z.string().nullable(),
}));
