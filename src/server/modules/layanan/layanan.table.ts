import { sql } from 'drizzle-orm';
import {
  bigint, bigserial, boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { pegawai, unitOrganisasi } from '../org/org.table.ts';

/**
 * The service catalogue (pelayanan.md §2; UU 25/2009 Pasal 15, 20, 21): one row per layanan of a unit.
 * The standar pelayanan itself lives in versions ({@link layananStandarVersi}); a case keeps the version
 * in force when it started. `kode` is the stable public key (URL slug, Open311-like), e.g. "ktp-el-baru";
 * the antrian module's `antrian_layanan.layanan_kode` refers to it.
 */
export const layanan = pgTable(
  'layanan',
  {
    id: serial('id').primaryKey(),
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    /** The unit that provides the service and processes its applications (an OPD or a bidang under it). */
    unitId: integer('unit_id').notNull().references(() => unitOrganisasi.id),
    /** Catalogue grouping shown on the portal: "Kartu identitas", "Akta pencatatan sipil", "Perizinan"… */
    kategori: text('kategori').notNull().default('Umum'),
    ringkasan: text('ringkasan'),
    /** Accepts online applications (permohonan); otherwise the standard is published for information only. */
    online: boolean('online').notNull().default(true),
    aktif: boolean('aktif').notNull().default(true),
    urutan: integer('urutan').notNull().default(0),
    /** Last round-robin assignee (pegawai id) for automatic assignment among the unit's petugas. */
    giliranTerakhir: integer('giliran_terakhir'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('layanan_kode_uq').on(t.kode), index('layanan_unit_idx').on(t.unitId)],
);

/**
 * One version of a layanan's standar pelayanan with the 14 components (pelayanan.md §2.4, PermenPANRB
 * 15/2014). Versions are immutable once published: a change is a new row with `versi + 1`.
 * The version in force at instant t is the one with the greatest `berlakuMulai <= t` (and `terbit`).
 *
 * jsonb shapes (validated by the contracts in src/contracts/layanan.ts):
 * - persyaratan: [{kode, nama, jenis: 'asli'|'fotokopi'|'formulir'|'isian', wajib: 'wajib'|'kondisional', keterangan?, unggah: boolean}]
 * - prosedur: [{langkah, aktor}]
 * - pengaduanKanal / dasarHukum: string[]
 */
export const layananStandarVersi = pgTable(
  'layanan_standar_versi',
  {
    id: serial('id').primaryKey(),
    layananId: integer('layanan_id').notNull().references(() => layanan.id),
    versi: integer('versi').notNull(),
    /** Published (terbit) versions are immutable and visible to the public; a draft is not. */
    terbit: boolean('terbit').notNull().default(false),
    berlakuMulai: timestamp('berlaku_mulai', { withTimezone: true }).notNull(),
    skNomor: text('sk_nomor'),
    persyaratan: jsonb('persyaratan').notNull(),
    prosedur: jsonb('prosedur').notNull(),
    /** Jangka waktu, counted from "persyaratan lengkap" (pelayanan.md §2.3). */
    jangkaWaktuNilai: integer('jangka_waktu_nilai').notNull(),
    jangkaWaktuSatuan: text('jangka_waktu_satuan', { enum: ['menit', 'jam', 'hari_kerja'] }).notNull(),
    /** Rupiah; 0 = gratis (UU 24/2013 Pasal 79A for adminduk). */
    biayaRupiah: bigint('biaya_rupiah', { mode: 'number' }).notNull().default(0),
    biayaKeterangan: text('biaya_keterangan'),
    produk: text('produk').notNull(),
    pengaduanKanal: jsonb('pengaduan_kanal').notNull(),
    dasarHukum: jsonb('dasar_hukum').notNull(),
    sarpras: text('sarpras'),
    kompetensiPelaksana: text('kompetensi_pelaksana'),
    pengawasanInternal: text('pengawasan_internal'),
    jumlahPelaksana: text('jumlah_pelaksana'),
    jaminanPelayanan: text('jaminan_pelayanan'),
    jaminanKeamanan: text('jaminan_keamanan'),
    evaluasiKinerja: text('evaluasi_kinerja'),
    dibuatOleh: integer('dibuat_oleh'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('layanan_standar_versi_uq').on(t.layananId, t.versi)],
);

/** The maklumat pelayanan of a unit (UU 25/2009 Pasal 22): the public pledge shown with its standards. */
export const layananMaklumat = pgTable('layanan_maklumat', {
  unitId: integer('unit_id').primaryKey().references(() => unitOrganisasi.id),
  teks: text('teks').notNull(),
  /** Who signed it (name + position as printed), and when it was set. */
  penandatangan: text('penandatangan'),
  ditetapkan: date('ditetapkan', { mode: 'string' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Per-year counters of the public case numbers (nomor registrasi), one row per (jenis, tahun):
 * 'PM' permohonan, 'PG' pengaduan. Nomor = `${jenis}-${tahun}-${6 digits}`, e.g. PM-2026-000123.
 */
export const layananNomor = pgTable(
  'layanan_nomor',
  {
    jenis: text('jenis').notNull(),
    tahun: integer('tahun').notNull(),
    terakhir: integer('terakhir').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.jenis, t.tahun] })],
);

/**
 * An online application for a layanan (pelayanan.md §2). Workflow in src/domain/layanan/permohonan.ts:
 * diajukan → diverifikasi → diproses → selesai, side states perlu_perbaikan, ditolak.
 *
 * Personal data (UU 27/2022, pelayanan.md §5.2): NIK/KK/phone/email stored AES-GCM (`*Enc`), keyed HMAC
 * for look-up (`*Hash`), last 4 digits for display (`*Akhir`). `kodeAksesHash` = sha256 of the private
 * access code given once to the applicant.
 *
 * SLA (working time, shared calendar): `slaMulai` = when the requirements were (last) complete, the clock
 * pauses while `perlu_perbaikan` (`jedaMulai` set), `slaTerpakaiMenit` = working minutes already used,
 * `jatuhTempo` = the due instant (null while paused), recomputed at every transition.
 */
export const permohonan = pgTable(
  'permohonan',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    nomor: text('nomor').notNull(),
    kodeAksesHash: text('kode_akses_hash').notNull(),
    layananId: integer('layanan_id').notNull().references(() => layanan.id),
    standarVersiId: integer('standar_versi_id').notNull().references(() => layananStandarVersi.id),
    unitId: integer('unit_id').notNull().references(() => unitOrganisasi.id),
    status: text('status', {
      enum: ['diajukan', 'diverifikasi', 'diproses', 'perlu_perbaikan', 'selesai', 'ditolak'],
    }).notNull(),
    pemohonNama: text('pemohon_nama').notNull(),
    nikEnc: text('nik_enc').notNull(),
    nikHash: text('nik_hash').notNull(),
    nikAkhir: text('nik_akhir').notNull(),
    kkEnc: text('kk_enc'),
    kkHash: text('kk_hash'),
    kkAkhir: text('kk_akhir'),
    teleponEnc: text('telepon_enc'),
    teleponAkhir: text('telepon_akhir'),
    emailEnc: text('email_enc'),
    /** Form fields of the layanan beyond the fixed ones (e.g. nama anak, tanggal lahir), no NIK/KK here. */
    isian: jsonb('isian'),
    persetujuanVersi: text('persetujuan_versi').notNull(),
    persetujuanAt: timestamp('persetujuan_at', { withTimezone: true }).notNull(),
    /** How the product is delivered: pick-up at the office, or a digital document download. */
    pengambilan: text('pengambilan', { enum: ['ambil', 'unduh'] }).notNull().default('ambil'),
    /** Assigned petugas (pegawai id). */
    petugasId: integer('petugas_id').references(() => pegawai.id),
    catatanPerbaikan: jsonb('catatan_perbaikan'),
    alasanTolak: text('alasan_tolak'),
    slaMulai: timestamp('sla_mulai', { withTimezone: true }),
    jedaMulai: timestamp('jeda_mulai', { withTimezone: true }),
    slaTerpakaiMenit: integer('sla_terpakai_menit').notNull().default(0),
    jatuhTempo: timestamp('jatuh_tempo', { withTimezone: true }),
    /** Escalation to the assignee's atasan when overdue (once per case). */
    eskalasiAt: timestamp('eskalasi_at', { withTimezone: true }),
    eskalasiKe: integer('eskalasi_ke').references(() => pegawai.id),
    diajukanAt: timestamp('diajukan_at', { withTimezone: true }).notNull(),
    selesaiAt: timestamp('selesai_at', { withTimezone: true }),
    /** Finished within the standard's jangka waktu (set on selesai). */
    tepatWaktu: boolean('tepat_waktu'),
    /** antrian ticket booked for picking up the product (antrian module present). */
    antrianTiketId: bigint('antrian_tiket_id', { mode: 'number' }),
    /** Digital product: signed verification token hash (verification QR). */
    dokumenHasilId: bigint('dokumen_hasil_id', { mode: 'number' }),
    /** Optimistic concurrency: incremented at every transition. */
    revisi: integer('revisi').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('permohonan_nomor_uq').on(t.nomor),
    index('permohonan_unit_status_tempo_idx').on(t.unitId, t.status, t.jatuhTempo),
    index('permohonan_petugas_status_idx').on(t.petugasId, t.status),
    index('permohonan_nik_hash_idx').on(t.nikHash),
    index('permohonan_diajukan_idx').on(t.diajukanAt),
    index('permohonan_tempo_aktif_idx').on(t.jatuhTempo).where(sql`status in ('diajukan','diverifikasi','diproses') and eskalasi_at is null`),
  ],
);

/**
 * A file of a permohonan: a persyaratan upload by the applicant (`persyaratanKode`), a staff attachment,
 * or the digital product (`jenis = 'hasil'`). Stored under `DATA_DIR/uploads/<path>` (outside the web
 * root), served only to authorised staff and the applicant. `putaran` = submission round (1 = first
 * submission, 2 = after the first perbaikan, …); superseded files stay for the history.
 */
export const permohonanBerkas = pgTable(
  'permohonan_berkas',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    permohonanId: bigint('permohonan_id', { mode: 'number' }).notNull().references(() => permohonan.id),
    jenis: text('jenis', { enum: ['persyaratan', 'lampiran', 'hasil'] }).notNull(),
    persyaratanKode: text('persyaratan_kode'),
    putaran: integer('putaran').notNull().default(1),
    namaFile: text('nama_file').notNull(),
    mime: text('mime').notNull(),
    ukuran: integer('ukuran').notNull(),
    sha256: text('sha256').notNull(),
    /** Path relative to DATA_DIR/uploads. */
    path: text('path').notNull(),
    diunggahOleh: integer('diunggah_oleh'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('permohonan_berkas_permohonan_idx').on(t.permohonanId)],
);

/** Every transition of a permohonan with actor and time (also assignment, notes, escalation). */
export const permohonanPeristiwa = pgTable(
  'permohonan_peristiwa',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    permohonanId: bigint('permohonan_id', { mode: 'number' }).notNull().references(() => permohonan.id),
    aksi: text('aksi').notNull(),
    dariStatus: text('dari_status'),
    keStatus: text('ke_status'),
    /** 'pemohon' | 'petugas' | 'sistem'. */
    aktor: text('aktor').notNull(),
    aktorPegawaiId: integer('aktor_pegawai_id'),
    catatan: text('catatan'),
    data: jsonb('data'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('permohonan_peristiwa_permohonan_idx').on(t.permohonanId, t.at)],
);

/**
 * Complaint categories = Open311 service types (pelayanan.md §4.1 `services.json`): `kode` is the
 * `service_code`. `unitId` is the default OPD a complaint of this kind is forwarded to.
 */
export const pengaduanKategori = pgTable(
  'pengaduan_kategori',
  {
    id: serial('id').primaryKey(),
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    deskripsi: text('deskripsi'),
    grup: text('grup'),
    kataKunci: text('kata_kunci'),
    unitId: integer('unit_id').references(() => unitOrganisasi.id),
    aktif: boolean('aktif').notNull().default(true),
  },
  (t) => [uniqueIndex('pengaduan_kategori_kode_uq').on(t.kode)],
);

/** Working-day limits of complaint handling (SP4N-LAPOR!, PermenPANRB 62/2018; pelayanan.md §4.2), one row. */
export const pengaduanPengaturan = pgTable('pengaduan_pengaturan', {
  id: integer('id').primaryKey().default(1),
  hariVerifikasi: integer('hari_verifikasi').notNull().default(3),
  hariTindakLanjut: integer('hari_tindak_lanjut').notNull().default(5),
  hariTutupOtomatis: integer('hari_tutup_otomatis').notNull().default(10),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A complaint / aspiration / information request (pelayanan.md §4.2, Perpres 76/2013, PermenPANRB
 * 62/2018). Statuses in src/domain/layanan/pengaduan.ts. `anonim`: no identity stored at all;
 * `rahasia`: identity stored (encrypted) but hidden from the handling unit. Deadlines in working days
 * are stored as instants (`batas*`) for sorting and the jobs.
 */
export const pengaduan = pgTable(
  'pengaduan',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    nomor: text('nomor').notNull(),
    kodeAksesHash: text('kode_akses_hash'),
    klasifikasi: text('klasifikasi', { enum: ['pengaduan', 'aspirasi', 'permintaan_informasi'] }).notNull().default('pengaduan'),
    kategoriId: integer('kategori_id').notNull().references(() => pengaduanKategori.id),
    layananId: integer('layanan_id').references(() => layanan.id),
    permohonanId: bigint('permohonan_id', { mode: 'number' }).references(() => permohonan.id),
    /** The OPD/unit the complaint is forwarded to (disposisi); null until verified. */
    unitId: integer('unit_id').references(() => unitOrganisasi.id),
    status: text('status', {
      enum: ['baru', 'diverifikasi', 'diteruskan', 'ditindaklanjuti', 'selesai', 'ditutup', 'ditolak'],
    }).notNull(),
    /** Outcome once followed up: 'tuntas' | 'sebagian' (partly resolved) | 'tidak_tuntas'. */
    hasil: text('hasil', { enum: ['tuntas', 'sebagian', 'tidak_tuntas'] }),
    /** The reporter's answer to "was it resolved?" (null = no answer). */
    puas: boolean('puas'),
    judul: text('judul').notNull(),
    isi: text('isi').notNull(),
    sumber: text('sumber', { enum: ['web', 'open311', 'loket', 'lapor', 'sms', 'wa'] }).notNull().default('web'),
    anonim: boolean('anonim').notNull().default(false),
    rahasia: boolean('rahasia').notNull().default(false),
    pelaporNamaEnc: text('pelapor_nama_enc'),
    teleponEnc: text('telepon_enc'),
    teleponAkhir: text('telepon_akhir'),
    emailEnc: text('email_enc'),
    kelurahanKode: text('kelurahan_kode'),
    alamat: text('alamat'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    /** Open311 client that created it (api key owner) and its device/account ids. */
    open311KlienId: integer('open311_klien_id'),
    batasVerifikasi: timestamp('batas_verifikasi', { withTimezone: true }).notNull(),
    batasTindakLanjut: timestamp('batas_tindak_lanjut', { withTimezone: true }),
    tindakLanjutAt: timestamp('tindak_lanjut_at', { withTimezone: true }),
    tutupOtomatisAt: timestamp('tutup_otomatis_at', { withTimezone: true }),
    ditutupAt: timestamp('ditutup_at', { withTimezone: true }),
    revisi: integer('revisi').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('pengaduan_nomor_uq').on(t.nomor),
    index('pengaduan_unit_status_idx').on(t.unitId, t.status),
    index('pengaduan_status_created_idx').on(t.status, t.createdAt),
    index('pengaduan_kategori_created_idx').on(t.kategoriId, t.createdAt),
    index('pengaduan_updated_idx').on(t.updatedAt),
  ],
);

/** Replies, dispositions and status changes of a complaint; `publik` entries are shown to the reporter / Open311. */
export const pengaduanPeristiwa = pgTable(
  'pengaduan_peristiwa',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    pengaduanId: bigint('pengaduan_id', { mode: 'number' }).notNull().references(() => pengaduan.id),
    aksi: text('aksi').notNull(),
    dariStatus: text('dari_status'),
    keStatus: text('ke_status'),
    unitId: integer('unit_id'),
    aktor: text('aktor').notNull(),
    aktorPegawaiId: integer('aktor_pegawai_id'),
    isi: text('isi'),
    publik: boolean('publik').notNull().default(true),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pengaduan_peristiwa_pengaduan_idx').on(t.pengaduanId, t.at)],
);

/** Photo attachments of a complaint (JPEG/PNG, content-checked), under DATA_DIR/uploads. */
export const pengaduanLampiran = pgTable(
  'pengaduan_lampiran',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    pengaduanId: bigint('pengaduan_id', { mode: 'number' }).notNull().references(() => pengaduan.id),
    namaFile: text('nama_file').notNull(),
    mime: text('mime').notNull(),
    ukuran: integer('ukuran').notNull(),
    sha256: text('sha256').notNull(),
    path: text('path').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pengaduan_lampiran_pengaduan_idx').on(t.pengaduanId)],
);

/** Open311 API clients (GeoReport v2 `api_key` for POST requests); the key is shown once and stored hashed. */
export const open311Klien = pgTable(
  'open311_klien',
  {
    id: serial('id').primaryKey(),
    nama: text('nama').notNull(),
    kunciHash: text('kunci_hash').notNull(),
    aktif: boolean('aktif').notNull().default(true),
    terakhirDipakai: timestamp('terakhir_dipakai', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('open311_klien_kunci_uq').on(t.kunciHash)],
);
