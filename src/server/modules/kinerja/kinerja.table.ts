import {
  bigint, boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { jabatan, pegawai, unitOrganisasi } from '../org/org.table.ts';

/**
 * Settings of one performance year (kinerja.md §1.8, §7.4): the evaluation period kind chosen by the
 * instansi (monthly by default; quarterly or semester possible) and the keberatan window in working days
 * (default 14, kinerja.md §1.3 [L] — data, never hard-coded). A year without a row uses the defaults.
 */
export const kinerjaTahun = pgTable('kinerja_tahun', {
  tahun: integer('tahun').primaryKey(),
  jenisPeriode: text('jenis_periode', { enum: ['bulanan', 'triwulanan', 'semesteran'] }).notNull().default('bulanan'),
  batasKeberatanHariKerja: integer('batas_keberatan_hari_kerja').notNull().default(14),
  /** SKP drafting deadline (conventionally end of January, kinerja.md §1.2 Timing) — shown as a reminder only. */
  batasPenyusunanSkp: date('batas_penyusunan_skp'),
  diubahOleh: integer('diubah_oleh'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * SKP (Sasaran Kinerja Pegawai) of one pegawai for one span of a year (kinerja.md §1.2). Normally 1 Jan –
 * 31 Dec; after a mutasi/promosi the old SKP ends with the period in which it happened and a new one starts
 * with the next period (`menggantikanSkpId`, `alasanBaru`). Pegawai, jabatan, unit and the pejabat penilai
 * are SNAPSHOTS taken when the SKP is made (the org tree may change later; the evaluation follows the SKP).
 * Workflow: draft → diajukan → disetujui | dikembalikan (→ diajukan again). `revisi` = optimistic concurrency.
 */
export const skp = pgTable(
  'skp',
  {
    id: serial('id').primaryKey(),
    pegawaiId: integer('pegawai_id').notNull().references(() => pegawai.id),
    tahun: integer('tahun').notNull(),
    periodeMulai: date('periode_mulai').notNull(),
    periodeSelesai: date('periode_selesai').notNull(),
    jabatanId: integer('jabatan_id').references(() => jabatan.id),
    jabatanNama: text('jabatan_nama').notNull(),
    jenisJabatan: text('jenis_jabatan', { enum: ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'] }).notNull(),
    /** Jenjang JF (for angka kredit), copied from the jabatan. */
    jenjang: text('jenjang'),
    unitId: integer('unit_id').notNull().references(() => unitOrganisasi.id),
    opdId: integer('opd_id').notNull().references(() => unitOrganisasi.id),
    /** Pejabat penilai kinerja (kinerja.md §1.3): the effective atasan by default; BKPSDM may change it. */
    penilaiId: integer('penilai_id').references(() => pegawai.id),
    /** Atasan pejabat penilai: decides a keberatan. */
    atasanPenilaiId: integer('atasan_penilai_id').references(() => pegawai.id),
    pendekatan: text('pendekatan', { enum: ['kuantitatif', 'kualitatif'] }).notNull().default('kuantitatif'),
    status: text('status', { enum: ['draft', 'diajukan', 'disetujui', 'dikembalikan'] }).notNull().default('draft'),
    /** The penilai's note when returning the SKP (dikembalikan). */
    catatanKembali: text('catatan_kembali'),
    menggantikanSkpId: integer('menggantikan_skp_id').references((): AnyPgColumn => skp.id),
    alasanBaru: text('alasan_baru', { enum: ['awal', 'mutasi', 'promosi', 'lainnya'] }).notNull().default('awal'),
    /** True while the SKP is the pegawai's current one for its year (false once replaced after a mutasi). */
    aktif: boolean('aktif').notNull().default(true),
    revisi: integer('revisi').notNull().default(0),
    diajukanAt: timestamp('diajukan_at', { withTimezone: true }),
    disetujuiAt: timestamp('disetujui_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('skp_pegawai_tahun_idx').on(t.pegawaiId, t.tahun),
    index('skp_penilai_idx').on(t.penilaiId, t.tahun),
    index('skp_opd_tahun_idx').on(t.opdId, t.tahun),
    uniqueIndex('skp_pegawai_mulai_uq').on(t.pegawaiId, t.periodeMulai),
  ],
);

/**
 * Rencana Hasil Kerja of an SKP (kinerja.md §1.2): utama or tambahan. `parentRhkId` = the RHK of the
 * atasan this one intervenes in (cascading, "RHK pimpinan yang diintervensi") — required for a non-JPT
 * utama RHK once submitted; null for a JPT (which links to the Perjanjian Kinerja through `sumberPk`).
 */
export const skpRhk = pgTable(
  'skp_rhk',
  {
    id: serial('id').primaryKey(),
    skpId: integer('skp_id').notNull().references(() => skp.id, { onDelete: 'cascade' }),
    jenis: text('jenis', { enum: ['utama', 'tambahan'] }).notNull().default('utama'),
    uraian: text('uraian').notNull(),
    parentRhkId: integer('parent_rhk_id').references((): AnyPgColumn => skpRhk.id),
    /** For a JPT: the PK / Renstra / RPJMD target or the assignment of the head of region it comes from. */
    sumberPk: text('sumber_pk'),
    urutan: integer('urutan').notNull().default(0),
  },
  (t) => [index('skp_rhk_skp_idx').on(t.skpId), index('skp_rhk_parent_idx').on(t.parentRhkId)],
);

/**
 * Indikator kinerja individu of an RHK with its aspek and target (number + unit, or narrative for the
 * kualitatif approach); for a JPT its perspektif. An indikator may be BOUND to a service metric
 * (`metrik`): its realisasi per period is then filled by the system from antrian / layanan / skm data and
 * cannot be typed over (kinerja issue #5). `metrikLingkup`: whose data — the pegawai's own, a unit, or a
 * queue lokasi (`metrikRefId` = unit or lokasi id).
 */
export const skpIndikator = pgTable(
  'skp_indikator',
  {
    id: serial('id').primaryKey(),
    rhkId: integer('rhk_id').notNull().references(() => skpRhk.id, { onDelete: 'cascade' }),
    aspek: text('aspek', { enum: ['kuantitas', 'kualitas', 'waktu', 'biaya'] }).notNull(),
    uraian: text('uraian').notNull(),
    targetAngka: doublePrecision('target_angka'),
    targetSatuan: text('target_satuan'),
    targetNarasi: text('target_narasi'),
    perspektif: text('perspektif', { enum: ['penerima_layanan', 'penguatan_internal', 'anggaran', 'proses_bisnis'] }),
    metrik: text('metrik'),
    metrikLingkup: text('metrik_lingkup', { enum: ['pegawai', 'unit', 'lokasi'] }),
    metrikRefId: integer('metrik_ref_id'),
    urutan: integer('urutan').notNull().default(0),
  },
  (t) => [index('skp_indikator_rhk_idx').on(t.rhkId)],
);

/** The atasan's ekspektasi khusus per BerAKHLAK value of an SKP (kinerja.md §1.4); absent row = none. */
export const skpPerilaku = pgTable(
  'skp_perilaku',
  {
    skpId: integer('skp_id').notNull().references(() => skp.id, { onDelete: 'cascade' }),
    aspek: text('aspek').notNull(),
    ekspektasiKhusus: text('ekspektasi_khusus').notNull(),
  },
  (t) => [primaryKey({ columns: [t.skpId, t.aspek] })],
);

/** Workflow history of an SKP (made, submitted, approved, returned with note, replaced…), shown as a timeline. */
export const skpRiwayat = pgTable(
  'skp_riwayat',
  {
    id: serial('id').primaryKey(),
    skpId: integer('skp_id').notNull().references(() => skp.id, { onDelete: 'cascade' }),
    aksi: text('aksi').notNull(),
    olehPegawaiId: integer('oleh_pegawai_id'),
    olehAkunId: integer('oleh_akun_id'),
    catatan: text('catatan'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('skp_riwayat_skp_idx').on(t.skpId)],
);

/**
 * Realisasi of one indikator in one evaluation period (`periodeKe` of the year's jenis periode).
 * Manual: `angka`/`narasi` typed by the pegawai. Automatic (`otomatis`): filled from service data; `sumber`
 * = { metrik, lingkup, refId, dari, sampai, dihitungAt, jumlahRekaman, rincian } and the record ids in
 * {@link kinerjaRealisasiSumber}; nobody can type over it, only add `catatan`.
 */
export const kinerjaRealisasi = pgTable(
  'kinerja_realisasi',
  {
    id: serial('id').primaryKey(),
    indikatorId: integer('indikator_id').notNull().references(() => skpIndikator.id, { onDelete: 'cascade' }),
    skpId: integer('skp_id').notNull().references(() => skp.id, { onDelete: 'cascade' }),
    periodeKe: integer('periode_ke').notNull(),
    angka: doublePrecision('angka'),
    narasi: text('narasi'),
    otomatis: boolean('otomatis').notNull().default(false),
    sumber: jsonb('sumber'),
    catatan: text('catatan'),
    diisiOleh: integer('diisi_oleh'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('kinerja_realisasi_uq').on(t.indikatorId, t.periodeKe),
    index('kinerja_realisasi_skp_idx').on(t.skpId, t.periodeKe),
  ],
);

/** The source records behind an automatic realisasi: (jenis 'tiket'|'permohonan'|'pengaduan'|'skm_survei', id). */
export const kinerjaRealisasiSumber = pgTable(
  'kinerja_realisasi_sumber',
  {
    realisasiId: integer('realisasi_id').notNull().references(() => kinerjaRealisasi.id, { onDelete: 'cascade' }),
    jenis: text('jenis').notNull(),
    refId: bigint('ref_id', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.realisasiId, t.jenis, t.refId] })],
);

/** Bukti dukung of a realisasi: an uploaded file (under DATA_DIR/uploads/kinerja) or a link. */
export const kinerjaBukti = pgTable(
  'kinerja_bukti',
  {
    id: serial('id').primaryKey(),
    realisasiId: integer('realisasi_id').notNull().references(() => kinerjaRealisasi.id, { onDelete: 'cascade' }),
    jenis: text('jenis', { enum: ['berkas', 'tautan'] }).notNull(),
    nama: text('nama').notNull(),
    url: text('url'),
    path: text('path'),
    mime: text('mime'),
    ukuran: integer('ukuran'),
    olehPegawaiId: integer('oleh_pegawai_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('kinerja_bukti_realisasi_idx').on(t.realisasiId)],
);

/**
 * Umpan balik berkelanjutan (kinerja.md §1.8): a running dialogue per RHK (or about perilaku when `rhkId`
 * is null) in a period; written by the penilai (and answered by the pegawai), visible to both.
 */
export const kinerjaUmpanBalik = pgTable(
  'kinerja_umpan_balik',
  {
    id: serial('id').primaryKey(),
    skpId: integer('skp_id').notNull().references(() => skp.id, { onDelete: 'cascade' }),
    rhkId: integer('rhk_id').references(() => skpRhk.id, { onDelete: 'cascade' }),
    periodeKe: integer('periode_ke').notNull(),
    penulisPegawaiId: integer('penulis_pegawai_id'),
    penulisAkunId: integer('penulis_akun_id'),
    peran: text('peran', { enum: ['penilai', 'pegawai'] }).notNull(),
    isi: text('isi').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('kinerja_umpan_balik_skp_idx').on(t.skpId, t.periodeKe)],
);

/**
 * Penilaian of an SKP in one period (`periodeKe` ≥ 1) or for the year (`periodeKe` = 0): the two ratings
 * (kinerja.md §1.5), the predikat of the matrix (§1.6, `predikatMatriks`) and the predikat set — equal to
 * the matrix unless the penilai overrides it with `alasanPredikat` (§7.5). Pegawai, unit, OPD, tahun are
 * copied for the distribution views (one index scan per OPD-year). `ditetapkanAt` locks an annual row
 * (penetapan); `batasKeberatan` is the last WIB date a keberatan may be filed.
 */
export const kinerjaPenilaian = pgTable(
  'kinerja_penilaian',
  {
    id: serial('id').primaryKey(),
    skpId: integer('skp_id').notNull().references(() => skp.id, { onDelete: 'cascade' }),
    pegawaiId: integer('pegawai_id').notNull().references(() => pegawai.id),
    tahun: integer('tahun').notNull(),
    jenisPeriode: text('jenis_periode', { enum: ['bulanan', 'triwulanan', 'semesteran', 'tahunan'] }).notNull(),
    periodeKe: integer('periode_ke').notNull(),
    unitId: integer('unit_id').notNull(),
    opdId: integer('opd_id').notNull(),
    ratingHasilKerja: text('rating_hasil_kerja', { enum: ['di_atas', 'sesuai', 'di_bawah'] }).notNull(),
    ratingPerilaku: text('rating_perilaku', { enum: ['di_atas', 'sesuai', 'di_bawah'] }).notNull(),
    predikatMatriks: text('predikat_matriks', { enum: ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] }).notNull(),
    predikat: text('predikat', { enum: ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] }).notNull(),
    alasanPredikat: text('alasan_predikat'),
    catatan: text('catatan'),
    penilaiId: integer('penilai_id'),
    dinilaiAt: timestamp('dinilai_at', { withTimezone: true }).notNull().defaultNow(),
    ditetapkanAt: timestamp('ditetapkan_at', { withTimezone: true }),
    batasKeberatan: date('batas_keberatan'),
    revisi: integer('revisi').notNull().default(0),
  },
  (t) => [
    uniqueIndex('kinerja_penilaian_uq').on(t.skpId, t.periodeKe),
    index('kinerja_penilaian_opd_idx').on(t.opdId, t.tahun, t.periodeKe),
    index('kinerja_penilaian_tahun_idx').on(t.tahun, t.periodeKe),
    index('kinerja_penilaian_pegawai_idx').on(t.pegawaiId, t.tahun),
  ],
);

/**
 * Predikat kinerja organisasi of a unit (an OPD or a unit inside it) for a period (≥ 1) or the year (0),
 * set by the leader of the parent organisation (kinerja.md §1.7 step 1). `alasanPertahankan` records why
 * the leader keeps a distribution that does not fit the pattern (a warning, never a block).
 */
export const kinerjaPredikatOrganisasi = pgTable(
  'kinerja_predikat_organisasi',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull().references(() => unitOrganisasi.id),
    tahun: integer('tahun').notNull(),
    periodeKe: integer('periode_ke').notNull(),
    predikat: text('predikat', { enum: ['istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] }).notNull(),
    capaian: text('capaian'),
    alasanPertahankan: text('alasan_pertahankan'),
    /** Warnings of the distribution check at the moment the reason was recorded (snapshot). */
    peringatan: jsonb('peringatan'),
    olehPegawaiId: integer('oleh_pegawai_id'),
    olehAkunId: integer('oleh_akun_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('kinerja_predikat_organisasi_uq').on(t.unitId, t.tahun, t.periodeKe)],
);

/** Annual penetapan of an OPD (kinerja.md §1.7 "Format Penetapan Predikat Kinerja"): locks its annual penilaian. */
export const kinerjaPenetapan = pgTable(
  'kinerja_penetapan',
  {
    id: serial('id').primaryKey(),
    opdId: integer('opd_id').notNull().references(() => unitOrganisasi.id),
    tahun: integer('tahun').notNull(),
    olehAkunId: integer('oleh_akun_id'),
    olehPegawaiId: integer('oleh_pegawai_id'),
    ditetapkanAt: timestamp('ditetapkan_at', { withTimezone: true }).notNull().defaultNow(),
    batasKeberatan: date('batas_keberatan').notNull(),
    jumlahPegawai: integer('jumlah_pegawai').notNull(),
  },
  (t) => [uniqueIndex('kinerja_penetapan_uq').on(t.opdId, t.tahun)],
);

/**
 * Keberatan (appeal) of a pegawai against an annual (or periodic) penilaian, to the atasan pejabat penilai
 * within the window (kinerja.md §1.3). Decision: ditolak, or diterima with new ratings (the penilaian is
 * changed, its old values kept here).
 */
export const kinerjaKeberatan = pgTable(
  'kinerja_keberatan',
  {
    id: serial('id').primaryKey(),
    penilaianId: integer('penilaian_id').notNull().references(() => kinerjaPenilaian.id, { onDelete: 'cascade' }),
    pegawaiId: integer('pegawai_id').notNull().references(() => pegawai.id),
    pemutusId: integer('pemutus_id').references(() => pegawai.id),
    alasan: text('alasan').notNull(),
    status: text('status', { enum: ['diajukan', 'diterima', 'ditolak'] }).notNull().default('diajukan'),
    keputusan: text('keputusan'),
    sebelum: jsonb('sebelum'),
    sesudah: jsonb('sesudah'),
    diajukanAt: timestamp('diajukan_at', { withTimezone: true }).notNull().defaultNow(),
    diputusAt: timestamp('diputus_at', { withTimezone: true }),
  },
  (t) => [index('kinerja_keberatan_penilaian_idx').on(t.penilaianId), index('kinerja_keberatan_pemutus_idx').on(t.pemutusId, t.status)],
);

/** Koefisien angka kredit per year by jenjang JF (kinerja.md §1.9a) — editable data, seeded from KOEFISIEN_AK_AWAL. */
export const kinerjaKoefisienAk = pgTable('kinerja_koefisien_ak', {
  jenjang: text('jenjang').primaryKey(),
  label: text('label').notNull(),
  koefisien: doublePrecision('koefisien').notNull(),
  diubahOleh: integer('diubah_oleh'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
