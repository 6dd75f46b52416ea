import { z } from 'zod';

/**
 * HTTP contracts of module `skm` (Survei Kepuasan Masyarakat, PermenPANRB 14/2017), shared by server
 * and web. Public endpoints live under /api/v1/skm/publik/… (no login); admin under /api/v1/skm/….
 */

export const UnsurKodeSchema = z.enum(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
export const NilaiSchema = z.number().int().min(1, 'nilai 1–4').max(4, 'nilai 1–4');
export const BobotSchema = z.enum(['exact', '0.111', '0.11']);
export const JenisPeriodeSchema = z.enum(['triwulan', 'semester', 'tahun']);
export const StatusSurveiSchema = z.enum(['draf', 'aktif', 'ditutup']);
export const MutuSchema = z.enum(['A', 'B', 'C', 'D']);
export const KinerjaSchema = z.enum(['Sangat Baik', 'Baik', 'Kurang Baik', 'Tidak Baik']);

/** Optional respondent demographics (the regulation's questionnaire). Never identifying. */
export const JENIS_KELAMIN = ['L', 'P'] as const;
export const USIA = ['<20', '20-29', '30-39', '40-49', '50-59', '60+'] as const;
export const PENDIDIKAN = ['SD', 'SMP', 'SMA', 'D1-D3', 'D4/S1', 'S2', 'S3'] as const;
export const PEKERJAAN = ['PNS/TNI/Polri', 'Pegawai swasta', 'Wiraswasta', 'Pelajar/Mahasiswa', 'Ibu rumah tangga', 'Tidak bekerja', 'Lainnya'] as const;

export const UnsurDefSchema = z.object({
  kode: UnsurKodeSchema,
  nama: z.string(),
  pertanyaan: z.string(),
  pilihan: z.array(z.object({ nilai: z.number().int(), label: z.string() })),
});

/** A survey as a respondent sees it (GET /skm/publik/survei/:kode, GET /skm/publik/undangan/:token). */
export const SurveiPublikSchema = z.object({
  kode: z.string(),
  judul: z.string(),
  unitNama: z.string(),
  layanan: z.string().nullable(),
  periodeLabel: z.string(),
  demografi: z.boolean(),
  unsur: z.array(UnsurDefSchema),
});
export type SurveiPublik = z.infer<typeof SurveiPublikSchema>;

export const SurveiPublikListSchema = z.array(SurveiPublikSchema.omit({ unsur: true }));

/**
 * A response (POST /skm/publik/survei/:kode/respon or /skm/publik/undangan/:token/respon).
 * All 9 answers are required on the web form; demographics and saran are optional.
 */
export const ResponBodySchema = z.object({
  jawaban: z.object({
    U1: NilaiSchema, U2: NilaiSchema, U3: NilaiSchema, U4: NilaiSchema, U5: NilaiSchema,
    U6: NilaiSchema, U7: NilaiSchema, U8: NilaiSchema, U9: NilaiSchema,
  }),
  jenisKelamin: z.enum(JENIS_KELAMIN).optional(),
  usia: z.enum(USIA).optional(),
  pendidikan: z.enum(PENDIDIKAN).optional(),
  pekerjaan: z.enum(PEKERJAAN).optional(),
  layananDiterima: z.string().trim().max(200).optional(),
  saran: z.string().trim().max(2000, 'saran maksimal 2000 karakter').optional(),
});
export type ResponBody = z.infer<typeof ResponBodySchema>;
export const ResponDiterimaSchema = z.object({ diterima: z.literal(true), pesan: z.string() });

/** IKM per unsur (nrr 1–4, nilaiKonversi 25–100). */
export const IkmUnsurSchema = z.object({
  kode: UnsurKodeSchema,
  nama: z.string(),
  nrr: z.number().nullable(),
  nilaiKonversi: z.number().nullable(),
  mutu: MutuSchema.nullable(),
  jumlahJawaban: z.number().int(),
});
/** IKM result; null fields when there are no responses yet. */
export const IkmHasilSchema = z.object({
  responden: z.number().int(),
  ikm: z.number().nullable(),
  mutu: MutuSchema.nullable(),
  kinerja: KinerjaSchema.nullable(),
  bobot: BobotSchema,
  perUnsur: z.array(IkmUnsurSchema),
  /** Kode of the lowest-scoring unsur (the one to improve first). */
  unsurTerlemah: UnsurKodeSchema.nullable(),
});
export type IkmHasil = z.infer<typeof IkmHasilSchema>;

export const ProgresSchema = z.object({
  populasi: z.number().int().nullable(),
  target: z.number().int().nullable(),
  responden: z.number().int(),
  persen: z.number().nullable(),
  tercapai: z.boolean(),
});

/** Admin view of a survey. */
export const SurveiSchema = z.object({
  id: z.number().int(),
  kode: z.string(),
  unitId: z.number().int(),
  unitNama: z.string(),
  layanan: z.string().nullable(),
  judul: z.string(),
  jenisPeriode: JenisPeriodeSchema,
  tahun: z.number().int(),
  ke: z.number().int().nullable(),
  periodeLabel: z.string(),
  mulai: z.string(),
  selesai: z.string(),
  populasi: z.number().int().nullable(),
  bobot: BobotSchema,
  status: StatusSurveiSchema,
  demografi: z.boolean(),
  /** Released responses (ADR 0005: whole batches of SKM_AMBANG_ANONIM until the survey is `ditutup`). */
  responden: z.number().int(),
  ikm: z.number().nullable(),
  mutu: MutuSchema.nullable(),
  /** Public link path, e.g. /survei/ab12cd34. */
  tautan: z.string(),
  /**
   * Responses received but not yet released (fewer than one batch, so 0 once the survey is `ditutup`);
   * they count in no result, export or publication until the batch is full (anonymity, ADR 0005).
   */
  responTertunda: z.number().int(),
  /** The batch size K (config SKM_AMBANG_ANONIM), for the "N respon baru…" note. */
  ambangAnonim: z.number().int(),
  /**
   * true when the survey's period has ended (or it is `ditutup`) with fewer than K responses: `responden`
   * is the count, but the IKM, per-unsur values, demographics, saran and export rows are withheld and the
   * survey is not published (ADR 0005, minimum count). Optional for older clients; the server always sends it.
   */
  ditahan: z.boolean().optional(),
  /** Why the result is withheld (Indonesian, for display), or null. */
  alasanDitahan: z.string().nullable().optional(),
});
export type Survei = z.infer<typeof SurveiSchema>;

export const SurveiListQuerySchema = z.object({
  unit_id: z.coerce.number().int().optional(),
  tahun: z.coerce.number().int().optional(),
  status: StatusSurveiSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  per_page: z.coerce.number().int().min(1).max(200).default(50),
});

export const SurveiCreateSchema = z.object({
  unitId: z.number().int().positive('pilih unit'),
  layanan: z.string().trim().max(200).nullish(),
  judul: z.string().trim().min(3).max(200).optional(),
  jenisPeriode: JenisPeriodeSchema,
  tahun: z.number().int().min(2017).max(2100),
  /** Quarter 1–4 (triwulan) or semester 1–2; omitted for tahun. */
  ke: z.number().int().min(1).max(4).nullish(),
  populasi: z.number().int().min(0).nullish(),
  bobot: BobotSchema.default('exact'),
  demografi: z.boolean().default(true),
});
export type SurveiCreate = z.infer<typeof SurveiCreateSchema>;

export const SurveiUpdateSchema = z.object({
  judul: z.string().trim().min(3).max(200).optional(),
  populasi: z.number().int().min(0).nullable().optional(),
  bobot: BobotSchema.optional(),
  status: StatusSurveiSchema.optional(),
  demografi: z.boolean().optional(),
});

/** Released responses per channel: open link, one-time invitation, paper import (and kiosk, unused so far). */
export const PerKanalSchema = z.object({
  web: z.number().int(),
  undangan: z.number().int(),
  kertas: z.number().int(),
  kiosk: z.number().int(),
});
export type PerKanal = z.infer<typeof PerKanalSchema>;

/**
 * GET /skm/survei/:id/hasil. Every figure counts only the RELEASED responses (ADR 0005): while the period is
 * running (and the survey not `ditutup`), the first floor(n/K)·K in insertion order — `survei.responTertunda`
 * are waiting for a full batch; once the period has ended, all of them, or — below K — only the count
 * (`survei.ditahan`, every value null/empty).
 */
export const SurveiHasilSchema = z.object({
  survei: SurveiSchema,
  hasil: IkmHasilSchema,
  progres: ProgresSchema,
  /** Released responses per channel (sums to hasil.responden), so a reader can judge the share of paper. */
  perKanal: PerKanalSchema,
  /** Same unit (and layanan) across periods, oldest first. */
  tren: z.array(z.object({ surveiId: z.number().int(), periodeLabel: z.string(), responden: z.number().int(), ikm: z.number().nullable(), mutu: MutuSchema.nullable() })),
  demografi: z.record(z.string(), z.array(z.object({ nilai: z.string(), jumlah: z.number().int() }))),
  /** Non-empty suggestions (up to 200) in a keyed pseudo-random order — never by submission time. */
  saran: z.array(z.string()),
});
export type SurveiHasil = z.infer<typeof SurveiHasilSchema>;

/**
 * GET /skm/publik/ikm — the IKM per unit + layanan (UU 25/2009 publication duty): the latest non-draft survey
 * whose period has ended (never a running or future one, whatever its status) with at least K responses,
 * all of them counted (per-period results, ADR 0005).
 */
export const PublikasiSchema = z.array(z.object({
  surveiId: z.number().int(),
  unitNama: z.string(),
  layanan: z.string().nullable(),
  periodeLabel: z.string(),
  responden: z.number().int(),
  /** How many of `responden` are imported paper questionnaires ("termasuk N kuesioner kertas"). */
  kertas: z.number().int(),
  ikm: z.number(),
  mutu: MutuSchema,
  kinerja: KinerjaSchema,
  perUnsur: z.array(IkmUnsurSchema),
}));

/** Paper upload (POST /skm/survei/:id/impor, multipart `file`): bad rows → 400 with every error, nothing saved. */
export const ImporResponSchema = z.object({ diimpor: z.number().int() });

/** POST /skm/survei/:id/undangan: one-time invitation tokens (for kiosks/printing; other modules use the service). */
export const UndanganCreateSchema = z.object({ jumlah: z.number().int().min(1).max(500).default(1) });
export const UndanganListSchema = z.array(z.object({ token: z.string(), tautan: z.string() }));

export const UnitLayananSchema = z.array(z.object({ id: z.number().int(), nama: z.string(), opdNama: z.string().nullable() }));

/** Public link path of a survey: the portal page `/survei/:kode`. */
export const tautanSurvei = (kode: string) => `/survei/${kode}`;
/**
 * Public link path of a one-time invitation: the same survey page with `?undangan=<token>`; the page then
 * reads the questionnaire from GET /skm/publik/undangan/:token and submits to POST /skm/publik/undangan/:token/respon.
 */
export const tautanUndangan = (kode: string, token: string) => `/survei/${kode}?undangan=${token}`;
