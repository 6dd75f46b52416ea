import { z } from 'zod';
import { KODE_PERILAKU } from '../domain/kinerja/perilaku.ts';
import { PREDIKAT } from '../domain/kinerja/predikat.ts';
import { JENIS_PERIODE } from '../domain/kinerja/periode.ts';
import {
  ALASAN_SKP_BARU, ASPEK, JENIS_JABATAN, JENIS_RHK, PENDEKATAN, PERSPEKTIF_JPT, STATUS_SKP,
} from '../domain/kinerja/skp.ts';

/**
 * HTTP contracts of the SKP planning part of module `kinerja` (issue #5 "Planning"; PermenPANRB 6/2022;
 * kinerja.md §1.2–§1.4): my year, SKP create / edit / submit / approve / return, the BerAKHLAK ekspektasi
 * khusus, the cascade picker, cascade trees, the atasan's team view, and BKPSDM's change of penilai.
 *
 * Access: every endpoint on one SKP answers 404 when the caller has no relation to it (never reveals that
 * it exists) and 403 (code AKSES_DITOLAK) when the relation does not allow the action — kinerja.akses.ts.
 * Workflow conflicts answer 409: REVISI_USANG (stale `revisi`: reload), STATUS_TIDAK_BOLEH, TERKUNCI…
 *
 * Error fields (problem+json `errors[].field`):
 * - request-shape errors from the schema: `body.rhk.1.indikator.0.uraian`, `query.tahun`, `params.id`;
 * - plan rules checked by the service (PUT and ajukan): `rhk`, `rhk[1].parentRhkId`,
 *   `rhk[1].indikator[0].targetSatuan`, `pendekatan`… (no `body.` prefix). {@link fieldRencana} maps the
 *   first form to the second so a form can show both next to the same input. Indices: for PUT the order
 *   of the body's `rhk`/`indikator` arrays; for ajukan the order of SkpDetail.rhk (utama first, then
 *   tambahan, each in saved order) — send the plan in that order and both agree.
 * All instants are ISO 8601 UTC strings (show them in WIB); dates are WIB 'YYYY-MM-DD'.
 */

const Id = z.coerce.number().int().positive().max(2_147_483_647, 'id terlalu besar');
const Tahun = z.coerce.number('Tahun harus berupa angka').int('Tahun harus bilangan bulat').min(2000, 'Tahun tidak valid').max(2100, 'Tahun tidak valid');
/** Ids and years inside JSON bodies are plain numbers (no coercion), so `z.input` types stay precise for the web. */
const BodyId = z.number('Harus berupa id').int('Harus berupa id').positive('Harus berupa id').max(2_147_483_647, 'id terlalu besar');
const TahunBody = z.number('Tahun harus berupa angka').int('Tahun harus bilangan bulat').min(2000, 'Tahun tidak valid').max(2100, 'Tahun tidak valid');
const Revisi = z.number('Revisi wajib dikirim').int().min(0).describe('The `revisi` of the SKP as last loaded (optimistic concurrency; stale → 409 REVISI_USANG)');
const Teks = (maks: number, label: string) => z.string(`${label} wajib diisi`).trim().min(1, `${label} wajib diisi`).max(maks, `${label} maksimal ${maks} karakter`);
const TeksOpsional = (maks: number, label: string) => z.string().trim().max(maks, `${label} maksimal ${maks} karakter`).nullish().transform((v) => (v ? v : null));

export const StatusSkpSchema = z.enum(STATUS_SKP).describe('draft → diajukan → disetujui | dikembalikan (→ diajukan again)');
export type StatusSkp = z.infer<typeof StatusSkpSchema>;
export const PendekatanSchema = z.enum(PENDEKATAN, 'Pilih pendekatan: kuantitatif atau kualitatif').describe('kuantitatif: target = angka + satuan; kualitatif: target naratif');
export const JenisRhkSchema = z.enum(JENIS_RHK, 'Jenis RHK: utama atau tambahan').describe('A. utama (tugas jabatan / target organisasi) or B. tambahan');
export const AspekSchema = z.enum(ASPEK, 'Pilih aspek: kuantitas, kualitas, waktu, atau biaya');
export const PerspektifSchema = z.enum(PERSPEKTIF_JPT, 'Perspektif tidak dikenal').describe('JPT only: penerima_layanan | penguatan_internal | anggaran | proses_bisnis');
export const JenisJabatanSchema = z.enum(JENIS_JABATAN);
export const AlasanSkpBaruSchema = z.enum(ALASAN_SKP_BARU).describe('awal = first SKP of the year; mutasi/promosi/lainnya = new SKP after a change of position');
export const KodePerilakuSchema = z.enum(KODE_PERILAKU);

/**
 * The caller's relation to an SKP (kinerja.akses.ts), strongest first: penilai (approves, rates), pemilik
 * (the pegawai), atasan_penilai (reads; decides keberatan), atasan_atas (higher up; read-only), admin_opd
 * (own OPD; read-only), admin (BKPSDM; read-only here).
 */
export const RelasiSchema = z.enum(['penilai', 'pemilik', 'atasan_penilai', 'atasan_atas', 'admin_opd', 'admin']);
export type RelasiSkp = z.infer<typeof RelasiSchema>;

/** Maps a schema error field (`body.rhk.1.indikator.0.uraian`) to the plan-rule form (`rhk[1].indikator[0].uraian`); other fields unchanged. */
export function fieldRencana(field: string): string {
  const f = field.replace(/^body\./, '');
  return f.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

// ------------------------------------------------------------------------------------------ params / queries

export const SkpIdParamSchema = z.object({ id: Id.describe('SKP id') });
export const TahunQuerySchema = z.object({
  tahun: Tahun.optional().describe('Performance year; default: the current year (WIB)'),
});
export const PohonOpdQuerySchema = z.object({
  opdId: Id.optional().describe('OPD (unit id). admin: required; admin_opd: own OPD by default; atasan: omit (own subtree)'),
  tahun: Tahun.optional().describe('Performance year; default: the current year (WIB)'),
});

// ------------------------------------------------------------------------------------------ shared pieces

export const OrangSchema = z.object({
  id: z.number().int(),
  nama: z.string().describe('With gelar'),
  nip: z.string(),
  jabatan: z.string().nullable(),
});
export type Orang = z.infer<typeof OrangSchema>;
const RefSchema = z.object({ id: z.number().int(), nama: z.string() });

export const PeriodeRingkasSchema = z.object({
  ke: z.number().int().describe('1..n within the year; 0 is never listed here (the annual evaluation is /tahunan)'),
  label: z.string().describe('"November 2026", "Triwulan IV 2026", "Semester II 2026"'),
  mulai: z.string(),
  selesai: z.string(),
});
export type PeriodeRingkas = z.infer<typeof PeriodeRingkasSchema>;

export const PengaturanTahunSchema = z.object({
  jenisPeriode: z.enum(JENIS_PERIODE),
  batasKeberatanHariKerja: z.number().int().describe('Working days after the annual penetapan to file a keberatan'),
  batasPenyusunanSkp: z.string().nullable().describe('SKP drafting deadline (reminder only), WIB date'),
});

/** One SKP in a list (my year). */
export const SkpRingkasSchema = z.object({
  id: z.number().int(),
  tahun: z.number().int(),
  periodeMulai: z.string(),
  periodeSelesai: z.string(),
  status: StatusSkpSchema,
  revisi: z.number().int(),
  aktif: z.boolean().describe('false once replaced by a new SKP after a mutasi/promosi'),
  alasanBaru: AlasanSkpBaruSchema,
  jabatan: z.string().describe('Jabatan snapshot of the SKP'),
  penilai: RefSchema.nullable(),
  jumlahRhk: z.number().int(),
  catatanKembali: z.string().nullable(),
});
export type SkpRingkas = z.infer<typeof SkpRingkasSchema>;

// ------------------------------------------------------------------------------------------ GET /kinerja/saya

/**
 * GET /kinerja/saya?tahun [kinerja:skp] — the caller's performance year. `pegawai` null for an account
 * without a pegawai (e.g. BKPSDM admin, pimpinan): then `skp` is empty and `saranBuat` null.
 * `saranBuat`: what POST /kinerja/skp would make now — `awal` (no SKP yet: whole year), `mutasi` (the running
 * SKP is for another jabatan: it ends `lamaSelesai`, the new one starts `mulai`), or null (nothing to make,
 * or not possible: see `saranBuatPesan`).
 */
export const KinerjaSayaSchema = z.object({
  pegawai: z.object({
    id: z.number().int(), nama: z.string(), nip: z.string(), jabatan: z.string().nullable(),
    jenisJabatan: JenisJabatanSchema.nullable(), unit: RefSchema, opd: RefSchema.nullable(),
  }).nullable(),
  tahun: z.number().int(),
  pengaturan: PengaturanTahunSchema,
  periode: z.array(PeriodeRingkasSchema),
  skp: z.array(SkpRingkasSchema).describe('My SKPs of the year, oldest first'),
  penilai: z.object({ id: z.number().int(), nama: z.string(), jabatan: z.string().nullable() }).nullable()
    .describe('My current effective atasan (the pejabat penilai a new SKP would get)'),
  jumlahBawahan: z.number().int().describe('Direct bawahan (0 = no team view)'),
  saranBuat: z.object({
    alasan: z.enum(['awal', 'mutasi']),
    mulai: z.string(),
    selesai: z.string(),
    lamaSelesai: z.string().nullable().describe('mutasi: the last day of the running SKP'),
  }).nullable(),
  saranBuatPesan: z.string().nullable().describe('Why no SKP can be made now (e.g. the move falls in the last period), else null'),
});
export type KinerjaSaya = z.infer<typeof KinerjaSayaSchema>;

// ------------------------------------------------------------------------------------------ SKP detail

export const IndikatorSchema = z.object({
  id: z.number().int(),
  aspek: AspekSchema,
  uraian: z.string(),
  targetAngka: z.number().nullable(),
  targetSatuan: z.string().nullable(),
  targetNarasi: z.string().nullable(),
  perspektif: PerspektifSchema.nullable(),
  metrik: z.string().nullable().describe('Bound service metric code (GET /kinerja/metrik), or null = realisasi typed by the pegawai'),
  metrikLingkup: z.enum(['pegawai', 'unit', 'lokasi']).nullable(),
  metrikRefId: z.number().int().nullable().describe('Unit id (lingkup unit) or lokasi id (lingkup lokasi)'),
});
export type Indikator = z.infer<typeof IndikatorSchema>;

export const RhkSchema = z.object({
  id: z.number().int(),
  jenis: JenisRhkSchema,
  uraian: z.string(),
  parentRhkId: z.number().int().nullable().describe('RHK of the atasan this one intervenes in (cascade)'),
  parent: z.object({ id: z.number().int(), uraian: z.string(), pegawaiNama: z.string() }).nullable(),
  sumberPk: z.string().nullable().describe('JPT: the Perjanjian Kinerja / Renstra / RPJMD target it comes from'),
  indikator: z.array(IndikatorSchema),
});
export type Rhk = z.infer<typeof RhkSchema>;

export const PerilakuSchema = z.object({
  kode: KodePerilakuSchema,
  nama: z.string(),
  ringkas: z.string(),
  panduan: z.array(z.string()).describe('The 3 panduan perilaku of SE MenPANRB 20/2021'),
  ekspektasiKhusus: z.string().nullable().describe("The penilai's ekspektasi khusus for this SKP, or null"),
});
export type Perilaku = z.infer<typeof PerilakuSchema>;

export const RiwayatSkpSchema = z.object({
  aksi: z.string().describe('dibuat | diubah | diajukan | disetujui | dikembalikan | diakhiri | ekspektasi | penilai_diubah'),
  oleh: z.string().nullable().describe('Name of the person (or account) who did it'),
  catatan: z.string().nullable(),
  at: z.string(),
});

/**
 * What the caller may do on this SKP — exactly what the service allows (domain `izinSkp`):
 * `ubah`/`ajukan` pemilik in draft/dikembalikan (`ajukan` also needs a penilai); `putuskan` (setujui /
 * kembalikan) penilai while diajukan; `ekspektasi` penilai until the annual penetapan; `nilai` penilai of a
 * disetujui SKP until penetapan; `realisasi` pemilik of a disetujui SKP until penetapan.
 */
export const IzinSkpSchema = z.object({
  ubah: z.boolean(), ajukan: z.boolean(), putuskan: z.boolean(), ekspektasi: z.boolean(), nilai: z.boolean(), realisasi: z.boolean(),
});
export type IzinSkp = z.infer<typeof IzinSkpSchema>;

/** GET /kinerja/skp/:id and the answer of every SKP write. */
export const SkpDetailSchema = z.object({
  id: z.number().int(),
  tahun: z.number().int(),
  periodeMulai: z.string(),
  periodeSelesai: z.string(),
  status: StatusSkpSchema,
  revisi: z.number().int(),
  pendekatan: PendekatanSchema,
  alasanBaru: AlasanSkpBaruSchema,
  aktif: z.boolean(),
  menggantikanSkpId: z.number().int().nullable().describe('The SKP this one replaced (after a mutasi/promosi)'),
  catatanKembali: z.string().nullable().describe("The penilai's note when returned"),
  diajukanAt: z.string().nullable(),
  disetujuiAt: z.string().nullable(),
  terkunci: z.boolean().describe('The annual penilaian of this SKP is ditetapkan (penetapan): everything read-only'),
  pegawai: z.object({
    id: z.number().int(), nama: z.string(), nip: z.string(), jabatan: z.string(), jenisJabatan: JenisJabatanSchema,
    unit: RefSchema, opd: RefSchema,
  }).describe('Snapshots of jabatan, unit and OPD taken when the SKP was made'),
  penilai: OrangSchema.nullable().describe('Pejabat penilai kinerja (null: none — e.g. top of the line; BKPSDM can set one)'),
  atasanPenilai: OrangSchema.nullable().describe('Atasan pejabat penilai (decides a keberatan)'),
  relasi: RelasiSchema,
  izin: IzinSkpSchema,
  periode: z.array(PeriodeRingkasSchema).describe("The year's evaluation periods that overlap this SKP's span"),
  rhk: z.array(RhkSchema).describe('Utama first, then tambahan; in the order saved'),
  perilaku: z.array(PerilakuSchema).length(7),
  riwayat: z.array(RiwayatSkpSchema).describe('Oldest first'),
});
export type SkpDetail = z.infer<typeof SkpDetailSchema>;

// ------------------------------------------------------------------------------------------ writes

/** POST /kinerja/skp [kinerja:skp] — makes a draft SKP for the caller (201 SkpDetail). */
export const BuatSkpBodySchema = z.object({
  tahun: TahunBody.describe('Performance year: the current year or the next one'),
  pendekatan: PendekatanSchema.default('kuantitatif'),
  alasanBaru: z.enum(['mutasi', 'promosi'], 'Alasan: mutasi atau promosi').optional()
    .describe('Only used when a running SKP of the year is for another jabatan (default mutasi)'),
});
/** What a client sends. */
export type BuatSkpBody = z.input<typeof BuatSkpBodySchema>;
/** After validation (defaults and trims applied) — what the service receives. */
export type BuatSkpBodyValid = z.infer<typeof BuatSkpBodySchema>;

export const IndikatorInputSchema = z.object({
  id: BodyId.optional().describe('Existing indikator id to keep (its realisasi stay attached); omit for a new one'),
  aspek: AspekSchema,
  uraian: Teks(1000, 'Uraian indikator'),
  targetAngka: z.number('Target harus berupa angka').finite('Target harus berupa angka').min(0, 'Target tidak boleh negatif').max(1e12, 'Target terlalu besar').nullish(),
  targetSatuan: TeksOpsional(60, 'Satuan'),
  targetNarasi: TeksOpsional(2000, 'Target naratif'),
  perspektif: PerspektifSchema.nullish(),
  metrik: z.string().trim().max(60, 'Metrik tidak dikenal').nullish().transform((v) => (v ? v : null)),
  metrikLingkup: z.enum(['pegawai', 'unit', 'lokasi'], 'Lingkup: pegawai, unit, atau lokasi').nullish(),
  metrikRefId: BodyId.nullish(),
});
/** What a client sends. */
export type IndikatorInput = z.input<typeof IndikatorInputSchema>;
/** After validation (defaults and trims applied) — what the service receives. */
export type IndikatorInputValid = z.infer<typeof IndikatorInputSchema>;

export const RhkInputSchema = z.object({
  id: BodyId.optional().describe('Existing RHK id to keep; omit for a new one'),
  jenis: JenisRhkSchema,
  uraian: Teks(1000, 'Uraian RHK'),
  parentRhkId: BodyId.nullish().describe('RHK atasan yang diintervensi: an id from GET /kinerja/skp/:id/rhk-atasan'),
  sumberPk: TeksOpsional(500, 'Sumber PK'),
  indikator: z.array(IndikatorInputSchema).max(12, 'Maksimal 12 indikator per RHK'),
});
/** What a client sends. */
export type RhkInput = z.input<typeof RhkInputSchema>;
/** After validation (defaults and trims applied) — what the service receives. */
export type RhkInputValid = z.infer<typeof RhkInputSchema>;

/**
 * PUT /kinerja/skp/:id [pemilik; draft/dikembalikan] — replaces the whole plan: RHK and indikator with an
 * `id` are updated in place, those without are added, those left out are removed (refused with 409
 * RHK_DIPAKAI when a bawahan's RHK intervenes in it or an indikator already has realisasi). A draft may be
 * incomplete; the submit rules run at ajukan. Parents and metric bindings are checked now (400).
 */
export const UbahSkpBodySchema = z.object({
  revisi: Revisi,
  pendekatan: PendekatanSchema,
  rhk: z.array(RhkInputSchema).max(40, 'Maksimal 40 RHK'),
});
/** What a client sends. */
export type UbahSkpBody = z.input<typeof UbahSkpBodySchema>;
/** After validation (defaults and trims applied) — what the service receives. */
export type UbahSkpBodyValid = z.infer<typeof UbahSkpBodySchema>;

/**
 * PUT /kinerja/skp/:id/perilaku [penilai; until penetapan] — ekspektasi khusus per BerAKHLAK value: a text
 * sets it, null or '' clears it, a value left out is unchanged.
 */
export const EkspektasiBodySchema = z.object({
  revisi: Revisi.optional(),
  ekspektasi: z.partialRecord(KodePerilakuSchema, z.string().trim().max(1000, 'Ekspektasi maksimal 1000 karakter').nullable()),
});
/** What a client sends. */
export type EkspektasiBody = z.input<typeof EkspektasiBodySchema>;
/** After validation (defaults and trims applied) — what the service receives. */
export type EkspektasiBodyValid = z.infer<typeof EkspektasiBodySchema>;

/** POST /kinerja/skp/:id/ajukan [pemilik] and /setujui [penilai]. */
export const RevisiBodySchema = z.object({ revisi: Revisi });
/** What a client sends. */
export type RevisiBody = z.input<typeof RevisiBodySchema>;
/** After validation (defaults and trims applied) — what the service receives. */
export type RevisiBodyValid = z.infer<typeof RevisiBodySchema>;

/** POST /kinerja/skp/:id/kembalikan [penilai] — the note tells the pegawai what to change. */
export const KembalikanBodySchema = z.object({
  revisi: Revisi,
  catatan: Teks(2000, 'Catatan untuk pegawai'),
});
/** What a client sends. */
export type KembalikanBody = z.input<typeof KembalikanBodySchema>;
/** After validation (defaults and trims applied) — what the service receives. */
export type KembalikanBodyValid = z.infer<typeof KembalikanBodySchema>;

/** PATCH /kinerja/skp/:id/penilai [kinerja:kelola] — BKPSDM sets another pejabat penilai (kinerja.md §1.3 overrides). */
export const UbahPenilaiBodySchema = z.object({
  penilaiId: BodyId.describe('pegawai id of the new pejabat penilai (active, not the pemilik)'),
  alasan: z.string('Alasan wajib diisi').trim().min(10, 'Alasan minimal 10 karakter').max(1000, 'Alasan maksimal 1000 karakter'),
  revisi: Revisi.optional(),
});
/** What a client sends. */
export type UbahPenilaiBody = z.input<typeof UbahPenilaiBodySchema>;
/** After validation (defaults and trims applied) — what the service receives. */
export type UbahPenilaiBodyValid = z.infer<typeof UbahPenilaiBodySchema>;

// ------------------------------------------------------------------------------------------ cascade picker

/**
 * GET /kinerja/skp/:id/rhk-atasan [pemilik] — the RHK of the SKP's pejabat penilai for the same year that
 * this SKP's RHK may intervene in (any status; `status` is that SKP's, prefer disetujui). `skpId`: the
 * penilai's running SKP (null when they have none yet).
 */
export const RhkAtasanSchema = z.object({
  penilai: z.object({ id: z.number().int(), nama: z.string(), jabatan: z.string().nullable() }).nullable(),
  skpId: z.number().int().nullable(),
  rhk: z.array(z.object({
    id: z.number().int(), skpId: z.number().int(), jenis: JenisRhkSchema, uraian: z.string(), status: StatusSkpSchema,
  })),
});
export type RhkAtasan = z.infer<typeof RhkAtasanSchema>;

// ------------------------------------------------------------------------------------------ trees

export type SimpulPohon = {
  rhkId: number;
  uraian: string;
  jenis: 'utama' | 'tambahan';
  pegawai: { id: number; nama: string; jabatan: string };
  skpId: number;
  status: StatusSkp;
  aktif: boolean;
  fokus: boolean;
  anak: SimpulPohon[];
};

/**
 * One RHK in a cascade tree; `anak` = the RHK that intervene in it. `fokus` marks the RHK of the SKP the
 * tree was asked for (GET /kinerja/skp/:id/pohon) — always false in the OPD forest.
 */
export const SimpulPohonSchema: z.ZodType<SimpulPohon> = z.lazy(() => z.object({
  rhkId: z.number().int(),
  uraian: z.string(),
  jenis: JenisRhkSchema,
  pegawai: z.object({ id: z.number().int(), nama: z.string(), jabatan: z.string().describe('Jabatan snapshot of that SKP') }),
  skpId: z.number().int(),
  status: StatusSkpSchema,
  aktif: z.boolean(),
  fokus: z.boolean(),
  anak: z.array(SimpulPohonSchema),
}));

/**
 * GET /kinerja/skp/:id/pohon [any relation] — the path up from this SKP's RHK to the top of the cascade
 * (ancestors only, no siblings: context) and every RHK below that intervenes in them, directly or not.
 * `akar`: the roots (topmost ancestors, or this SKP's RHK without a parent).
 */
export const PohonSkpSchema = z.object({ skpId: z.number().int(), tahun: z.number().int(), akar: z.array(SimpulPohonSchema) });
export type PohonSkp = z.infer<typeof PohonSkpSchema>;

/**
 * GET /kinerja/pohon?opdId&tahun [kinerja:opd] — `lingkup` 'opd': every RHK of the OPD's SKPs of the year
 * as a forest (roots: RHK whose parent is outside the OPD, e.g. the kepala OPD's cascading from the Sekda,
 * or without a parent); 'subpohon' (an atasan): the RHK of my own SKPs of the year and everything below.
 */
export const PohonOpdSchema = z.object({
  lingkup: z.enum(['opd', 'subpohon']),
  opd: RefSchema.nullable(),
  tahun: z.number().int(),
  akar: z.array(SimpulPohonSchema),
});
export type PohonOpd = z.infer<typeof PohonOpdSchema>;

// ------------------------------------------------------------------------------------------ team

export const TindakanSchema = z.enum(['setujui_skp', 'nilai_periode', 'nilai_tahunan'])
  .describe('setujui_skp: an SKP waits for my decision; nilai_periode: an ended period of an approved SKP I rate is not rated; nilai_tahunan: the year ended without the annual rating');

/**
 * GET /kinerja/tim?tahun [kinerja:skp] — my direct and indirect bawahan on the effective line, each with
 * their running SKP of the year, plus (rows with `penilaiSaya` and `langsung` false) the older SKPs I still
 * rate of people who moved away (mutasi: the old penilai rates the period of the move). Empty for an
 * account without a pegawai.
 */
export const TimSchema = z.object({
  tahun: z.number().int(),
  bawahan: z.array(z.object({
    pegawai: z.object({ id: z.number().int(), nama: z.string(), nip: z.string(), jabatan: z.string().nullable(), unit: z.string().nullable() }),
    langsung: z.boolean().describe('Direct bawahan (I am the effective atasan)'),
    penilaiSaya: z.boolean().describe('I am the pejabat penilai of `skp`'),
    skp: z.object({
      id: z.number().int(), status: StatusSkpSchema, revisi: z.number().int(), periodeMulai: z.string(), periodeSelesai: z.string(), aktif: z.boolean(),
    }).nullable(),
    perluTindakan: z.array(TindakanSchema),
    periodeBelumDinilai: z.array(z.number().int()).describe('Ended periods (ke) of `skp` without my rating (only when I rate it)'),
    periodeTerakhir: z.object({ ke: z.number().int(), predikat: z.enum(PREDIKAT) }).nullable().describe('The latest rated period of `skp`'),
  })),
});
export type Tim = z.infer<typeof TimSchema>;
