import { z } from 'zod';
import { PREDIKAT_ORGANISASI } from '../domain/kinerja/distribusi.ts';
import { PREDIKAT, RATING } from '../domain/kinerja/predikat.ts';

/**
 * HTTP contracts of the rating part of module `kinerja` (issue #5 "Rating"; kinerja.md §1.3, §1.5–§1.8;
 * PermenPANRB 6/2022): penilaian per period and for the year with the live predikat of the 3×3 matrix,
 * predikat kinerja organisasi and the kurva distribusi check per unit, the city-wide summary (aggregates
 * only), the annual penetapan (lock) and the keberatan (appeal) flow. Shared by server and web.
 *
 * Conventions: ids are positive integers; instants are ISO 8601 UTC strings (show them in WIB); dates are
 * WIB calendar dates 'YYYY-MM-DD'; `periodeKe` 1..n is the period of the year's jenis periode (bulanan
 * 1–12, triwulanan 1–4, semesteran 1–2) and 0 is the annual evaluation (tahunan). Error responses are
 * problem+json; `errors[].field` names the field (`body.alasanPredikat`, `params.ke`, `querystring.periodeKe` …).
 */

const Id = z.coerce.number().int().positive().max(2_147_483_647, 'id terlalu besar');
const Tahun = z.coerce.number('Tahun wajib diisi').int('Tahun tidak valid').min(2000, 'Tahun tidak valid').max(2100, 'Tahun tidak valid');
/** 0 = tahunan; 1..12 at most (the service checks against the year's jenis periode → 400 `params.ke`). */
const PeriodeKe = z.coerce.number('Periode wajib diisi').int('Periode tidak valid').min(0, 'Periode tidak valid').max(12, 'Periode tidak valid');
const Instan = z.string().describe('ISO 8601 UTC instant; show in WIB');
const TanggalWib = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("WIB calendar date 'YYYY-MM-DD'");

/** Minimum length of every free-text reason (override of the predikat, keeping an outlier, keberatan, decision). */
export const MIN_ALASAN = 10;
const Alasan = (nama: string) =>
  z.string(`${nama} wajib diisi`).trim().min(MIN_ALASAN, `${nama} minimal ${MIN_ALASAN} karakter`).max(2000, `${nama} maksimal 2000 karakter`);

// ------------------------------------------------------------------------------------------ enums

export const RatingSchema = z.enum(RATING, 'Pilih di bawah, sesuai atau di atas ekspektasi')
  .describe('Rating hasil kerja / perilaku kerja (kinerja.md §1.5): di_bawah | sesuai | di_atas ekspektasi');
export const PredikatSchema = z.enum(PREDIKAT, 'Predikat tidak dikenal')
  .describe('Predikat kinerja pegawai (kinerja.md §1.6): sangat_baik | baik | butuh_perbaikan | kurang (Kurang/Misconduct) | sangat_kurang');
export const PredikatOrganisasiSchema = z.enum(PREDIKAT_ORGANISASI, 'Predikat organisasi tidak dikenal')
  .describe('Predikat kinerja organisasi (kinerja.md §1.7): istimewa | baik | butuh_perbaikan | kurang | sangat_kurang');

/** Employees per predikat; every key present (0 when none). */
export const JumlahPredikatSchema = z.object({
  sangat_baik: z.number().int(), baik: z.number().int(), butuh_perbaikan: z.number().int(), kurang: z.number().int(), sangat_kurang: z.number().int(),
}).describe('Number of penilaian per predikat (all five keys, 0 when none)');
export type JumlahPredikatLengkap = z.infer<typeof JumlahPredikatSchema>;

/** A warning of the distribution check (domain `periksaDistribusi`, kinerja.md §1.7) — never a block. */
export const PeringatanDistribusiSchema = z.object({
  kode: z.enum(['DOMINAN_BUKAN', 'MELEBIHI_MAKS', 'KURANG_DARI_MIN', 'WAJIB_ADA', 'DILARANG'])
    .describe('DOMINAN_BUKAN: the dominant predikat is not the most frequent; MELEBIHI_MAKS: above its maximum share; KURANG_DARI_MIN: below its minimum; WAJIB_ADA: some are required and there are none; DILARANG: not allowed at all'),
  predikat: z.array(PredikatSchema).describe('The predikat (or group) the rule is about'),
  batasPersen: z.number().optional().describe('The rule limit in percent (max or min), when it has one'),
  persen: z.number().describe('Actual share in percent, 1 decimal'),
  pesan: z.string().describe('The warning in Bahasa Indonesia, ready to show'),
});
export type PeringatanDistribusiDto = z.infer<typeof PeringatanDistribusiSchema>;

// ------------------------------------------------------------------------------------------ params

export const SkpIdParamSchema = z.object({ id: Id });
export const SkpPeriodeParamSchema = z.object({ id: Id.describe('SKP id'), ke: PeriodeKe.describe('Periode ke (0 = tahunan)') });
export const PenilaianIdParamSchema = z.object({ id: Id.describe('Penilaian id') });
export const KeberatanIdParamSchema = z.object({ id: Id.describe('Keberatan id') });
export const OrganisasiParamSchema = z.object({
  unitId: Id.describe('Unit organisasi (an OPD or a unit inside one)'),
  tahun: Tahun,
  ke: PeriodeKe.describe('Periode ke (0 = tahunan)'),
});

// ------------------------------------------------------------------------------------------ penilaian

/**
 * PUT /kinerja/skp/:id/penilaian/:ke — the pejabat penilai rates one period (or the year, ke = 0).
 * `predikat` may differ from the matrix only with `alasanPredikat` (≥ 10 characters; 400 naming
 * `body.alasanPredikat` otherwise). `revisi`: the revision the penilai loaded — required when the period
 * was already rated (absent or stale → 409 REVISI_USANG); omit for a first rating.
 */
export const PenilaianBodySchema = z.object({
  ratingHasilKerja: RatingSchema.describe('Rating hasil kerja (kinerja.md §1.5: judged from realisasi and bukti dukung, no formula)'),
  ratingPerilaku: RatingSchema.describe('Rating perilaku kerja (BerAKHLAK + ekspektasi khusus, kinerja.md §1.4–§1.5)'),
  predikat: PredikatSchema.nullish().describe('Only to override the matrix predikat (needs alasanPredikat); null/absent = the matrix'),
  alasanPredikat: z.string().trim().max(2000, 'Alasan maksimal 2000 karakter').nullish()
    .describe(`Reason for a predikat different from the matrix, at least ${MIN_ALASAN} characters`),
  catatan: z.string().trim().max(4000, 'Catatan maksimal 4000 karakter').nullish().describe('Catatan penilai (optional)'),
  revisi: z.number().int().min(0).optional().describe('Revision of the existing penilaian (optimistic concurrency)'),
});
export type PenilaianBody = z.infer<typeof PenilaianBodySchema>;

export const PenilaianSchema = z.object({
  id: z.number().int(),
  skpId: z.number().int(),
  periodeKe: z.number().int().describe('0 = tahunan'),
  jenisPeriode: z.enum(['bulanan', 'triwulanan', 'semesteran', 'tahunan']),
  label: z.string().describe('"November 2026", "Triwulan I 2026", "Tahunan 2026"'),
  ratingHasilKerja: RatingSchema,
  ratingPerilaku: RatingSchema,
  predikatMatriks: PredikatSchema.describe('predikatKinerja(hasil kerja, perilaku) — the 3×3 matrix (kinerja.md §1.6)'),
  predikat: PredikatSchema.describe('The predikat set: the matrix unless overridden with alasanPredikat'),
  alasanPredikat: z.string().nullable(),
  catatan: z.string().nullable(),
  penilai: z.object({ id: z.number().int(), nama: z.string() }).nullable().describe('Who rated'),
  dinilaiAt: Instan,
  ditetapkanAt: Instan.nullable().describe('Annual only: set by penetapan; the penilaian is then read-only'),
  batasKeberatan: TanggalWib.nullable().describe('Annual only: last WIB date (inclusive) a keberatan may be filed'),
  revisi: z.number().int(),
});
export type Penilaian = z.infer<typeof PenilaianSchema>;

/** Suggested annual hasil-kerja rating for the head of a unit from the unit's annual predikat organisasi (kinerja.md §1.5). */
export const SaranHasilKerjaSchema = z.object({
  rating: RatingSchema.describe('istimewa → di_atas, baik → sesuai, otherwise di_bawah'),
  predikatOrganisasi: PredikatOrganisasiSchema,
  unit: z.object({ id: z.number().int(), nama: z.string() }),
  pesan: z.string().describe('Explanation shown as a hint; the penilai may choose otherwise'),
}).describe('A hint, never forced');
export type SaranHasilKerja = z.infer<typeof SaranHasilKerjaSchema>;

const KeberatanRingkasSchema = z.object({
  id: z.number().int(), status: z.enum(['diajukan', 'diterima', 'ditolak']), diajukanAt: Instan, diputusAt: Instan.nullable(),
});

/**
 * GET /kinerja/skp/:id/penilaian — every period of the SKP's year with its penilaian (or null), the annual
 * one, and what the caller may do (`izin`). `saranHasilKerja` only for a head of unit whose unit has an
 * annual predikat organisasi.
 */
export const PenilaianSkpSchema = z.object({
  skpId: z.number().int(),
  tahun: z.number().int(),
  jenisPeriode: z.enum(['bulanan', 'triwulanan', 'semesteran']),
  relasi: z.enum(['penilai', 'pemilik', 'atasan_penilai', 'atasan_atas', 'admin_opd', 'admin']).describe('Caller relation to the SKP'),
  pegawai: z.object({ id: z.number().int(), nama: z.string(), nip: z.string(), jabatan: z.string() }),
  penilai: z.object({ id: z.number().int(), nama: z.string() }).nullable(),
  periode: z.array(z.object({
    ke: z.number().int(),
    label: z.string(),
    mulai: TanggalWib,
    selesai: TanggalWib,
    dalamSkp: z.boolean().describe('The period overlaps the SKP span (after a mutasi the SKP covers part of the year)'),
    dimulai: z.boolean().describe('The period has started (WIB) — only then can it be rated'),
    penilaian: PenilaianSchema.nullable(),
  })),
  tahunan: z.object({
    label: z.string(),
    penilaian: PenilaianSchema.nullable(),
    bolehDinilai: z.boolean().describe('The caller is the penilai, ≥ 1 periodic penilaian exists and the year is not yet ditetapkan'),
    alasanTidakBoleh: z.string().nullable().describe('Why not (Indonesian), when bolehDinilai is false for the penilai'),
    ditetapkan: z.object({ ditetapkanAt: Instan, batasKeberatan: TanggalWib }).nullable(),
    bolehKeberatan: z.boolean().describe('The caller (pemilik) may file a keberatan now: ditetapkan, within batasKeberatan, none open'),
    keberatan: z.array(KeberatanRingkasSchema).describe('Keberatan filed against the annual penilaian, newest first'),
  }),
  saranHasilKerja: SaranHasilKerjaSchema.nullable(),
  izin: z.object({ nilai: z.boolean().describe('The caller is the penilai of this SKP (and the SKP is disetujui)') }),
});
export type PenilaianSkp = z.infer<typeof PenilaianSkpSchema>;

// ------------------------------------------------------------------------------------------ predikat organisasi

export const PredikatOrganisasiBodySchema = z.object({
  predikat: PredikatOrganisasiSchema,
  capaian: z.string().trim().max(2000, 'Capaian maksimal 2000 karakter').nullish()
    .describe('Capaian kinerja organisasi (e.g. the PK achievement), free text, optional'),
});
export type PredikatOrganisasiBody = z.infer<typeof PredikatOrganisasiBodySchema>;

export const PertahankanBodySchema = z.object({
  alasan: Alasan('Alasan').describe(`Why the leader keeps a distribution that does not fit the pattern, at least ${MIN_ALASAN} characters`),
});
export type PertahankanBody = z.infer<typeof PertahankanBodySchema>;

/** PUT /kinerja/organisasi/:unitId/:tahun/:ke and …/pertahankan. */
export const PredikatOrganisasiDtoSchema = z.object({
  unitId: z.number().int(),
  tahun: z.number().int(),
  periodeKe: z.number().int(),
  predikat: PredikatOrganisasiSchema,
  capaian: z.string().nullable(),
  alasanPertahankan: z.string().nullable().describe('Recorded reason to keep an off-pattern distribution; cleared when the predikat changes'),
  peringatanSaatDipertahankan: z.array(PeringatanDistribusiSchema).nullable().describe('Snapshot of the warnings when the reason was recorded'),
  oleh: z.string().nullable().describe('Who set it last (name, or the admin account name)'),
  updatedAt: Instan,
});
export type PredikatOrganisasiDto = z.infer<typeof PredikatOrganisasiDtoSchema>;

// ------------------------------------------------------------------------------------------ distribusi

export const DistribusiQuerySchema = z.object({
  opdId: Id.optional().describe('OPD to show; default the caller\'s own OPD when visible, else the first of opdPilihan'),
  tahun: Tahun,
  periodeKe: PeriodeKe.describe('Periode ke (0 = tahunan)'),
  unitId: Id.optional().describe('Drill-down: only this unit (of the OPD) and the units below it; 404 when not visible'),
  pegawai: z.enum(['true', 'false'], 'pegawai harus true atau false').default('true').transform((v) => v === 'true')
    .describe("'false' leaves every pegawai list out (null) — the overview of a large OPD; see bolehLihatPegawai"),
});
export type DistribusiQuery = z.infer<typeof DistribusiQuerySchema>;
export type DistribusiQueryInput = z.input<typeof DistribusiQuerySchema>;

export const DistribusiUnitSchema = z.object({
  unit: z.object({
    id: z.number().int(), nama: z.string(), jenis: z.string(),
    indukId: z.number().int().nullable().describe('Parent unit id (null for the OPD itself)'),
    tingkat: z.number().int().describe('0 = the OPD row, 1 = a unit directly under it, …'),
  }),
  jumlah: JumlahPredikatSchema.describe('Penilaian of the period in this unit and the units below it (the OPD row: the whole OPD)'),
  total: z.number().int().describe('Sum of jumlah (rated pegawai)'),
  belumDinilai: z.number().int().describe('SKPs covering the period in this unit (and below) without a penilaian'),
  predikatOrganisasi: z.object({
    predikat: PredikatOrganisasiSchema, capaian: z.string().nullable(), alasanPertahankan: z.string().nullable(),
    oleh: z.string().nullable(), updatedAt: Instan,
  }).nullable(),
  peringatan: z.array(PeringatanDistribusiSchema).describe('Empty when it fits, or when there is no predikat organisasi / nobody rated'),
  bolehTetapkanPredikat: z.boolean().describe('The caller may set the predikat organisasi and record a reason for this unit'),
  bolehLihatPegawai: z.boolean().describe('The caller may see the names of this unit (admin, admin OPD, the unit\'s leaders)'),
  pegawai: z.array(z.object({
    id: z.number().int().describe('Pegawai id'), nama: z.string(), jabatan: z.string(),
    predikat: PredikatSchema.nullable().describe('null = not yet rated'), skpId: z.number().int(),
  })).nullable().describe('Pegawai whose SKP unit is exactly this unit, by name; null when the caller may not see names (bolehLihatPegawai false) or asked pegawai=false'),
});
export type DistribusiUnit = z.infer<typeof DistribusiUnitSchema>;

/** GET /kinerja/distribusi — the kurva distribusi per unit of one OPD and one period (kinerja.md §1.7). */
export const DistribusiSchema = z.object({
  opd: z.object({ id: z.number().int(), nama: z.string() }),
  opdPilihan: z.array(z.object({ id: z.number().int(), nama: z.string() })).describe('OPDs the caller may open (picker)'),
  tahun: z.number().int(),
  periodeKe: z.number().int(),
  periode: z.object({ label: z.string(), mulai: TanggalWib, selesai: TanggalWib }),
  unit: z.array(DistribusiUnitSchema).describe('The OPD row first, then its units in tree order; only units the caller may see'),
  penetapan: z.object({ ditetapkanAt: Instan, batasKeberatan: TanggalWib, jumlahPegawai: z.number().int() }).nullable()
    .describe('The annual penetapan of this OPD and year, if done'),
  bolehTetapkan: z.boolean().describe('The caller may do the annual penetapan of this OPD (admin, admin OPD, kepala OPD) and it is not done yet'),
});
export type Distribusi = z.infer<typeof DistribusiSchema>;

// ------------------------------------------------------------------------------------------ ringkasan

export const RingkasanQuerySchema = z.object({ tahun: Tahun, periodeKe: PeriodeKe.describe('Periode ke (0 = tahunan)') });
export type RingkasanQuery = z.infer<typeof RingkasanQuerySchema>;

/** GET /kinerja/ringkasan — city-wide predikat summary per OPD: aggregates only, never a name. */
export const RingkasanSchema = z.object({
  tahun: z.number().int(),
  periodeKe: z.number().int(),
  periode: z.object({ label: z.string(), mulai: TanggalWib, selesai: TanggalWib }),
  lingkup: z.enum(['kota', 'opd']).describe("'opd' for an admin OPD (own OPD only; `kota` then sums that OPD)"),
  kota: z.object({
    jumlah: JumlahPredikatSchema, total: z.number().int().describe('SKPs covering the period'), dinilai: z.number().int().describe('Of which rated'),
  }),
  opd: z.array(z.object({
    id: z.number().int(), nama: z.string(),
    jumlah: JumlahPredikatSchema,
    total: z.number().int().describe('SKPs covering the period'),
    dinilai: z.number().int(),
    predikatOrganisasi: PredikatOrganisasiSchema.nullable(),
    jumlahPeringatan: z.number().int().describe('Units of the OPD (incl. the OPD row) whose distribution has ≥ 1 warning'),
    jumlahDipertahankan: z.number().int().describe('Of those, units with a recorded reason to keep it'),
  })),
});
export type Ringkasan = z.infer<typeof RingkasanSchema>;

// ------------------------------------------------------------------------------------------ penetapan

export const PenetapanBodySchema = z.object({ opdId: Id.describe('OPD'), tahun: Tahun });
export type PenetapanBody = z.infer<typeof PenetapanBodySchema>;
export const PenetapanQuerySchema = z.object({ tahun: Tahun });

export const PenetapanDtoSchema = z.object({
  id: z.number().int(),
  opd: z.object({ id: z.number().int(), nama: z.string() }),
  tahun: z.number().int(),
  ditetapkanAt: Instan,
  batasKeberatan: TanggalWib.describe('ditetapkan date + N working days of the year setting (kalender: weekends, holidays, cuti bersama)'),
  jumlahPegawai: z.number().int().describe('Annual penilaian locked'),
  oleh: z.string().nullable(),
});
export type PenetapanDto = z.infer<typeof PenetapanDtoSchema>;

/** POST /kinerja/penetapan → 201. */
export const PenetapanHasilSchema = z.object({
  penetapan: PenetapanDtoSchema,
  jumlahPenilaian: z.number().int().describe('Annual penilaian that received ditetapkanAt/batasKeberatan'),
  belumDinilai: z.number().int().describe('Active SKPs of the OPD without an annual penilaian (they can no longer be rated for the year)'),
});
export type PenetapanHasil = z.infer<typeof PenetapanHasilSchema>;
export const PenetapanListSchema = z.object({ items: z.array(PenetapanDtoSchema) });
export type PenetapanList = z.infer<typeof PenetapanListSchema>;

// ------------------------------------------------------------------------------------------ keberatan

export const KeberatanBodySchema = z.object({
  alasan: Alasan('Alasan keberatan').describe(`Why the pegawai objects, at least ${MIN_ALASAN} characters`),
});
export type KeberatanBody = z.infer<typeof KeberatanBodySchema>;

/**
 * POST /kinerja/keberatan/:id/putus — decided by the atasan pejabat penilai (or admin when the SKP has
 * none). `diterima` needs both new ratings (400 naming the field); the predikat is recomputed from the
 * matrix; the old values stay in `sebelum`.
 */
export const PutusKeberatanBodySchema = z.object({
  keputusan: z.enum(['diterima', 'ditolak'], 'Pilih diterima atau ditolak'),
  catatan: Alasan('Catatan keputusan').describe('The decision\'s reasoning, shown to the pegawai'),
  ratingHasilKerja: RatingSchema.optional().describe('Required when diterima'),
  ratingPerilaku: RatingSchema.optional().describe('Required when diterima'),
});
export type PutusKeberatanBody = z.infer<typeof PutusKeberatanBodySchema>;

const NilaiSchema = z.object({
  ratingHasilKerja: RatingSchema, ratingPerilaku: RatingSchema, predikatMatriks: PredikatSchema, predikat: PredikatSchema,
  alasanPredikat: z.string().nullable(),
});

export const KeberatanSchema = z.object({
  id: z.number().int(),
  penilaianId: z.number().int(),
  skpId: z.number().int(),
  tahun: z.number().int(),
  periodeKe: z.number().int(),
  pegawai: z.object({ id: z.number().int(), nama: z.string(), nip: z.string(), jabatan: z.string() }),
  pemutus: z.object({ id: z.number().int(), nama: z.string() }).nullable().describe('Atasan pejabat penilai; null = BKPSDM (admin) decides'),
  alasan: z.string(),
  status: z.enum(['diajukan', 'diterima', 'ditolak']),
  keputusan: z.string().nullable().describe('The decider\'s note'),
  sebelum: NilaiSchema.nullable().describe('The ratings before a diterima decision'),
  sesudah: NilaiSchema.nullable().describe('The ratings after a diterima decision'),
  penilaian: NilaiSchema.describe('The penilaian as it is now'),
  diajukanAt: Instan,
  diputusAt: Instan.nullable(),
  bolehPutus: z.boolean().describe('The caller may decide it now'),
});
export type Keberatan = z.infer<typeof KeberatanSchema>;

/** GET /kinerja/keberatan — the caller's own keberatan and those they decide (open first). */
export const KeberatanListSchema = z.object({
  milikSaya: z.array(KeberatanSchema),
  untukDiputus: z.array(KeberatanSchema),
});
export type KeberatanList = z.infer<typeof KeberatanListSchema>;
