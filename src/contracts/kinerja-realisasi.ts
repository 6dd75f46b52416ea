import { z } from 'zod';
import { AGREGASI_TAHUNAN, ASPEK_INDIKATOR, JENIS_REKAMAN, KODE_METRIK, LINGKUP_METRIK, SUMBER_METRIK } from '../domain/kinerja/metrik.ts';
import { PREDIKAT, RATING } from '../domain/kinerja/predikat.ts';

/**
 * HTTP contracts of the realisasi part of module `kinerja` (issue #5 "Evidence and feedback during the
 * period"; kinerja.md §1.2 Dokumen Evaluasi, §1.8): the evaluation sheet per period, realisasi per
 * indikator, bukti dukung (files, links), umpan balik berkelanjutan, and the OBJECTIVE SERVICE INDICATORS
 * (an indikator bound to a service metric is filled by the system from antrian / layanan / skm data, with
 * the source records as evidence; nobody can type over it, a catatan can be added).
 *
 * Access: every endpoint that touches one SKP answers 404 when the caller has no relation to it (never
 * reveals existence) and 403 when the relation does not allow the action (kinerja.akses.ts).
 * All instants are ISO 8601 UTC strings (show them in WIB); dates are WIB 'YYYY-MM-DD'.
 * Error fields (problem+json `errors[].field`): `body.<name>`, `params.<name>`, `query.<name>`, `berkas`.
 */

const Id = z.coerce.number().int().positive().max(2_147_483_647, 'id terlalu besar');
const Ke = z.coerce.number().int('Periode harus bilangan bulat').min(0, 'Periode harus 0–12').max(12, 'Periode harus 0–12');

export const RatingSchema = z.enum(RATING);
export const PredikatSchema = z.enum(PREDIKAT);
export const KodeMetrikSchema = z.enum(KODE_METRIK);
export const LingkupMetrikSchema = z.enum(LINGKUP_METRIK);
export const JenisRekamanSchema = z.enum(JENIS_REKAMAN);

// --------------------------------------------------------------------------------- params

export const SkpPeriodeParamsSchema = z.object({
  id: Id.describe('SKP id'),
  ke: Ke.describe('Periode ke- (1..12 bulanan, 1..4 triwulanan, 1..2 semesteran); 0 = evaluasi tahunan'),
});
export const IndikatorPeriodeParamsSchema = z.object({
  id: Id.describe('Indikator id (skp_indikator.id)'),
  ke: Ke.describe('Periode ke- (≥ 1; bukti dukung belong to a period, not to the annual sheet)'),
});
export const IdParamsSchema = z.object({ id: Id });

// ---------------------------------------------------------------------------- metric catalogue

export const MetrikSchema = z.object({
  kode: KodeMetrikSchema,
  label: z.object({ id: z.string(), en: z.string() }),
  satuan: z.string().describe('Unit of the figure as written in an SKP target: "tiket", "menit", "%", "permohonan", "nilai IKM (25–100)"'),
  aspek: z.enum(ASPEK_INDIKATOR).describe('The aspek an indikator bound to this metric normally has'),
  lingkup: z.array(LingkupMetrikSchema).describe('Scopes it can be computed for: pegawai (own work), unit (an OPD includes its sub-units), lokasi (a queue lokasi)'),
  arah: z.enum(['naik', 'turun']).describe('naik = higher is better; turun = lower is better (minutes)'),
  sumber: z.enum(SUMBER_METRIK),
  jenisRekaman: JenisRekamanSchema.describe('Kind of source record listed as evidence'),
  agregasiTahunan: z.enum(AGREGASI_TAHUNAN).describe('How the annual sheet combines the periods: jumlah (sum) or rata_tertimbang (weighted by records)'),
  definisi: z.string().describe('What exactly is counted, Bahasa Indonesia'),
});
export type MetrikKatalog = z.infer<typeof MetrikSchema>;

/** GET /kinerja/metrik [kinerja:skp]: what an indikator can be bound to (only metrics whose source module runs). */
export const KatalogMetrikSchema = z.object({
  metrik: z.array(MetrikSchema),
  unit: z.array(z.object({ id: z.number().int(), nama: z.string() })).describe("Units of the caller's OPD (for lingkup 'unit'); the OPD itself first"),
  lokasi: z.array(z.object({ id: z.number().int(), nama: z.string() })).describe("Queue lokasi of the caller's OPD (for lingkup 'lokasi')"),
});
export type KatalogMetrik = z.infer<typeof KatalogMetrikSchema>;

// ---------------------------------------------------------------------------- realisasi

/**
 * Where an automatic figure came from. `rincian`: the source's supporting numbers (e.g. { tepatWaktu: 8,
 * selesai: 10 } or { responden: 34, survei: 2 }) keyed by name. `alasan`: why there is no figure (e.g.
 * "Belum cukup responden (minimal 10) untuk menjaga anonimitas."), else null.
 */
export const SumberOtomatisSchema = z.object({
  metrik: KodeMetrikSchema,
  label: z.string().describe('Metric label (Bahasa Indonesia)'),
  satuan: z.string(),
  lingkup: LingkupMetrikSchema,
  refId: z.number().int().nullable().describe('Unit or lokasi id (lingkup unit/lokasi); the pegawai id for lingkup pegawai'),
  refNama: z.string().nullable().describe('Name of the unit / lokasi / pegawai whose data it is'),
  dari: z.string().describe('First WIB date counted'),
  sampai: z.string().describe('Last WIB date counted (the period end, or today while the period runs)'),
  dihitungAt: z.string().describe('When the figure was computed (ISO instant)'),
  jumlahRekaman: z.number().int().describe('Number of source records behind the figure ("Lihat N data sumber")'),
  rincian: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  alasan: z.string().nullable(),
  petunjuk: z.enum(['di_atas', 'sesuai', 'di_bawah']).nullable().describe('HINT only: figure vs target (domain bandingkanTarget); the rating stays the penilai\'s judgement (kinerja.md §1.5)'),
});
export type SumberOtomatis = z.infer<typeof SumberOtomatisSchema>;

export const BuktiSchema = z.object({
  id: z.number().int(),
  jenis: z.enum(['berkas', 'tautan']),
  nama: z.string().describe('File name as uploaded, or the link title'),
  url: z.string().describe('tautan: the link (http/https); berkas: the download path /api/v1/kinerja/bukti/:id'),
  mime: z.string().nullable(),
  ukuran: z.number().int().nullable().describe('Bytes (files only)'),
  createdAt: z.string(),
});
export type Bukti = z.infer<typeof BuktiSchema>;

export const RealisasiSchema = z.object({
  id: z.number().int(),
  indikatorId: z.number().int(),
  periodeKe: z.number().int(),
  angka: z.number().nullable().describe('The figure (manual: typed; automatic: computed, null when the source gives none)'),
  narasi: z.string().nullable().describe('Narrative realisasi (kualitatif); always null when automatic'),
  otomatis: z.boolean().describe('true = filled by the system from a service metric; angka/narasi cannot be typed over'),
  sumber: SumberOtomatisSchema.nullable(),
  catatan: z.string().nullable().describe("The pegawai's note (allowed on automatic figures too)"),
  bukti: z.array(BuktiSchema),
  updatedAt: z.string(),
});
export type Realisasi = z.infer<typeof RealisasiSchema>;

/**
 * PUT /kinerja/realisasi [pemilik; SKP disetujui; period started, not rated, year not ditetapkan]:
 * creates or updates the realisasi of one indikator in one period. A field left out stays as it is; null
 * clears it. On an automatic (bound) indikator only `catatan` may be sent — `angka`/`narasi` → 409
 * REALISASI_OTOMATIS naming the field.
 */
export const RealisasiInputSchema = z.object({
  indikatorId: Id.describe('skp_indikator.id'),
  periodeKe: z.coerce.number().int('Periode harus bilangan bulat').min(1, 'Realisasi diisi per periode (1 atau lebih)').max(12, 'Periode harus 1–12'),
  angka: z.number('Realisasi harus berupa angka').finite('Realisasi harus berupa angka').min(0, 'Realisasi tidak boleh negatif').max(1e12, 'Realisasi terlalu besar').nullish(),
  narasi: z.string().trim().max(4000, 'Narasi maksimal 4000 karakter').nullish(),
  catatan: z.string().trim().max(2000, 'Catatan maksimal 2000 karakter').nullish(),
});
export type RealisasiInput = z.infer<typeof RealisasiInputSchema>;

/**
 * POST /kinerja/indikator/:id/periode/:ke/bukti with a JSON body: a link as bukti dukung. Only http(s)
 * URLs (no javascript:, data:, file:). Files go as multipart/form-data with one part named `berkas`
 * (PDF/JPEG/PNG checked by content, ≤ LAYANAN_MAKS_BERKAS_MB) and an optional text part `nama`.
 */
export const BuktiTautanInputSchema = z.object({
  tautan: z.string('Tautan wajib diisi').trim().min(1, 'Tautan wajib diisi').max(2000, 'Tautan maksimal 2000 karakter')
    .describe('http:// or https:// URL'),
  nama: z.string('Judul tautan wajib diisi').trim().min(1, 'Judul tautan wajib diisi').max(200, 'Judul maksimal 200 karakter'),
});
export type BuktiTautanInput = z.infer<typeof BuktiTautanInputSchema>;

// ---------------------------------------------------------------------------- umpan balik

export const UmpanBalikSchema = z.object({
  id: z.number().int(),
  rhkId: z.number().int().nullable().describe('null = about perilaku kerja / the period as a whole'),
  peran: z.enum(['penilai', 'pegawai']).describe('penilai = the pejabat penilai\'s feedback; pegawai = the pemilik\'s answer'),
  penulis: z.object({ id: z.number().int().nullable(), nama: z.string() }),
  isi: z.string(),
  createdAt: z.string(),
});
export type UmpanBalik = z.infer<typeof UmpanBalikSchema>;

/** POST /kinerja/skp/:id/periode/:ke/umpan-balik [penilai writes, pemilik answers; until the year is ditetapkan]. */
export const UmpanBalikInputSchema = z.object({
  rhkId: Id.nullable().default(null).describe('RHK of this SKP, or null for perilaku / general'),
  isi: z.string('Umpan balik wajib diisi').trim().min(1, 'Umpan balik wajib diisi').max(4000, 'Umpan balik maksimal 4000 karakter'),
});
export type UmpanBalikInput = z.infer<typeof UmpanBalikInputSchema>;

// ---------------------------------------------------------------------------- evaluation sheet

const OrangSchema = z.object({ id: z.number().int(), nama: z.string(), nip: z.string().nullable(), jabatan: z.string().nullable() });

/**
 * Annual figure of an indikator on the ke=0 sheet (from the periods' realisasi, kinerja.md §1.8):
 * - bound (automatic) indikator: the metric's `agregasiTahunan` — counts summed; % weighted by records
 *   (= the year's share exactly); medians and IKM weighted by records (an approximation, `cara` says so);
 * - manual indikator: aspek kuantitas → sum of the periods' angka; other aspek → mean of the periods that
 *   have an angka. Narasi are listed per period.
 */
export const RealisasiTahunanSchema = z.object({
  angka: z.number().nullable(),
  cara: z.enum(['jumlah', 'rata_tertimbang', 'rata_rata']).describe('jumlah = sum; rata_tertimbang = weighted by records; rata_rata = plain mean'),
  jumlahPeriode: z.number().int().describe('Periods with a realisasi'),
  perPeriode: z.array(z.object({ ke: z.number().int(), label: z.string(), angka: z.number().nullable(), narasi: z.string().nullable(), otomatis: z.boolean() })),
});
export type RealisasiTahunan = z.infer<typeof RealisasiTahunanSchema>;

export const IndikatorEvaluasiSchema = z.object({
  id: z.number().int(),
  aspek: z.enum(ASPEK_INDIKATOR),
  uraian: z.string(),
  targetAngka: z.number().nullable(),
  targetSatuan: z.string().nullable(),
  targetNarasi: z.string().nullable(),
  perspektif: z.string().nullable().describe('JPT only: penerima_layanan | penguatan_internal | anggaran | proses_bisnis'),
  metrik: KodeMetrikSchema.nullable().describe('Bound service metric (automatic realisasi), or null (typed by the pegawai)'),
  metrikLingkup: LingkupMetrikSchema.nullable(),
  metrikRefId: z.number().int().nullable(),
  realisasi: RealisasiSchema.nullable().describe('Periodic sheet: this period\'s realisasi or null; annual sheet: always null (see tahunan)'),
  tahunan: RealisasiTahunanSchema.nullable().describe('Annual sheet (ke=0) only'),
});
export type IndikatorEvaluasi = z.infer<typeof IndikatorEvaluasiSchema>;

export const PenilaianRingkasSchema = z.object({
  id: z.number().int(),
  ratingHasilKerja: RatingSchema,
  ratingPerilaku: RatingSchema,
  predikatMatriks: PredikatSchema,
  predikat: PredikatSchema,
  alasanPredikat: z.string().nullable(),
  catatan: z.string().nullable(),
  dinilaiAt: z.string(),
  ditetapkanAt: z.string().nullable(),
  batasKeberatan: z.string().nullable(),
  revisi: z.number().int(),
});
export type PenilaianRingkas = z.infer<typeof PenilaianRingkasSchema>;

/**
 * GET /kinerja/skp/:id/periode/:ke [any relation] — the evaluation sheet (Dokumen Evaluasi Kinerja,
 * kinerja.md §1.2): per RHK its indikator with target, realisasi and bukti dukung, and the umpan balik
 * thread; the period's penilaian (written by the penilaian part) or null. Opening it recomputes stale
 * automatic figures (older than 10 minutes) unless the period is rated (then they are frozen).
 * `izin` mirrors the service's real checks:
 * - `isi`: fill realisasi / add and remove bukti (pemilik, SKP disetujui, periodic sheet, period started and
 *   within the SKP's span, not rated, year not ditetapkan);
 * - `umpanBalik`: write in the thread (penilai or pemilik, period started, year not ditetapkan);
 * - `nilai`: rate the period (penilai, period started, not ditetapkan; annual: ≥ 1 periodic penilaian);
 * - `hitungUlang`: ask for a fresh computation of the automatic figures (pemilik or penilai, not rated).
 * `beku`: the period is rated (or the year ditetapkan): automatic figures no longer change.
 */
export const EvaluasiPeriodeSchema = z.object({
  skp: z.object({
    id: z.number().int(),
    tahun: z.number().int(),
    status: z.enum(['draft', 'diajukan', 'disetujui', 'dikembalikan']),
    pendekatan: z.enum(['kuantitatif', 'kualitatif']),
    jenisJabatan: z.string(),
    periodeMulai: z.string(),
    periodeSelesai: z.string(),
    pegawai: OrangSchema.extend({ unit: z.string().nullable() }),
    penilai: OrangSchema.nullable(),
  }),
  periode: z.object({ ke: z.number().int(), label: z.string(), mulai: z.string(), selesai: z.string(), tahunan: z.boolean() }),
  relasi: z.enum(['penilai', 'pemilik', 'atasan_penilai', 'atasan_atas', 'admin_opd', 'admin']),
  izin: z.object({ isi: z.boolean(), umpanBalik: z.boolean(), nilai: z.boolean(), hitungUlang: z.boolean() }),
  beku: z.boolean(),
  alasanTidakBisaIsi: z.string().nullable().describe('Why `izin.isi` is false for the pemilik (Bahasa Indonesia), else null'),
  rhk: z.array(z.object({
    id: z.number().int(),
    jenis: z.enum(['utama', 'tambahan']),
    uraian: z.string(),
    indikator: z.array(IndikatorEvaluasiSchema),
    umpanBalik: z.array(UmpanBalikSchema),
  })),
  umpanBalikPerilaku: z.array(UmpanBalikSchema).describe('Thread with rhkId null (perilaku kerja / general)'),
  penilaian: PenilaianRingkasSchema.nullable(),
});
export type EvaluasiPeriode = z.infer<typeof EvaluasiPeriodeSchema>;

// ---------------------------------------------------------------------------- source records

export const SumberQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  per_page: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * One source record of an automatic figure — no personal data (no names, NIK, phone): number, instant,
 * layanan, and durations/status as `keterangan` (e.g. "Dilayani 6,5 menit (standar 10 menit)",
 * "Selesai 2 hari kerja — tepat waktu", "34 responden").
 */
export const RekamanSumberSchema = z.object({
  id: z.number().int(),
  nomor: z.string().describe('Ticket number, case number, or survey code'),
  waktu: z.string().nullable().describe('ISO instant the record counts at (served, finished, received, survey end)'),
  layanan: z.string().nullable(),
  keterangan: z.string(),
});
export type RekamanSumber = z.infer<typeof RekamanSumberSchema>;

/** GET /kinerja/realisasi/:id/sumber [any relation]: the records that produced the figure, paged. */
export const SumberRealisasiSchema = z.object({
  realisasiId: z.number().int(),
  metrik: KodeMetrikSchema,
  label: z.string(),
  jenis: JenisRekamanSchema,
  total: z.number().int(),
  page: z.number().int(),
  per_page: z.number().int(),
  items: z.array(RekamanSumberSchema),
});
export type SumberRealisasi = z.infer<typeof SumberRealisasiSchema>;
