import { sql } from 'drizzle-orm';
import {
  boolean, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex, type AnyPgColumn,
} from 'drizzle-orm/pg-core';

/** Kemendagri wilayah (kota, kecamatan, kelurahan). Kode is the Kemendagri code, never the BPS code. */
export const wilayah = pgTable('wilayah', {
  kode: text('kode').primaryKey(),
  nama: text('nama').notNull(),
  tingkat: text('tingkat', { enum: ['provinsi', 'kota', 'kecamatan', 'kelurahan'] }).notNull(),
  indukKode: text('induk_kode'),
  kodeBps: text('kode_bps'),
  kodePasti: boolean('kode_pasti').notNull().default(true),
});

/**
 * Unit organisasi: an OPD (perangkat daerah) or a unit inside one (bagian, bidang, seksi, kelurahan…).
 * `opdId` points to the top-level OPD the unit belongs to (itself for an OPD). kinerja.md §5.5.
 */
export const unitOrganisasi = pgTable(
  'unit_organisasi',
  {
    id: serial('id').primaryKey(),
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    singkatan: text('singkatan'),
    jenis: text('jenis', {
      enum: ['PEMKOT', 'SETDA', 'SETWAN', 'INSPEKTORAT', 'DINAS', 'BADAN', 'KECAMATAN', 'KELURAHAN', 'UPT', 'RSUD', 'BAGIAN', 'BIDANG', 'SUBBAG', 'SEKSI'],
    }).notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => unitOrganisasi.id),
    opdId: integer('opd_id').references((): AnyPgColumn => unitOrganisasi.id),
    isOpd: boolean('is_opd').notNull().default(false),
    isUnitLayanan: boolean('is_unit_layanan').notNull().default(false),
    wilayahKode: text('wilayah_kode').references(() => wilayah.kode),
    urutan: integer('urutan').notNull().default(0),
    aktif: boolean('aktif').notNull().default(true),
  },
  (t) => [uniqueIndex('unit_organisasi_kode_uq').on(t.kode), index('unit_organisasi_parent_idx').on(t.parentId)],
);

/** Jabatan (position). `atasanJabatanId` defines the reporting line and the default pejabat penilai. */
export const jabatan = pgTable(
  'jabatan',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull().references(() => unitOrganisasi.id),
    nama: text('nama').notNull(),
    jenis: text('jenis', { enum: ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'] }).notNull(),
    jenjang: text('jenjang'),
    kelasJabatan: integer('kelas_jabatan'),
    atasanJabatanId: integer('atasan_jabatan_id').references((): AnyPgColumn => jabatan.id),
    isKepalaUnit: boolean('is_kepala_unit').notNull().default(false),
  },
  (t) => [index('jabatan_unit_idx').on(t.unitId), index('jabatan_atasan_idx').on(t.atasanJabatanId)],
);

/**
 * Pegawai (ASN: PNS or PPPK). `nip` holds the 18-digit NIP (PNS) or NI PPPK (PPPK, not parsed as NIP).
 * Atasan = holder of jabatan.atasan_jabatan_id unless `atasanOverrideId` is set.
 */
export const pegawai = pgTable(
  'pegawai',
  {
    id: serial('id').primaryKey(),
    nip: text('nip').notNull(),
    jenisAsn: text('jenis_asn', { enum: ['PNS', 'PPPK'] }).notNull(),
    nama: text('nama').notNull(),
    gelarDepan: text('gelar_depan'),
    gelarBelakang: text('gelar_belakang'),
    jenisKelamin: text('jenis_kelamin', { enum: ['L', 'P'] }).notNull(),
    tanggalLahir: date('tanggal_lahir').notNull(),
    golongan: text('golongan').notNull(),
    tmtCpns: date('tmt_cpns'),
    jabatanId: integer('jabatan_id').references(() => jabatan.id),
    unitId: integer('unit_id').notNull().references(() => unitOrganisasi.id),
    atasanOverrideId: integer('atasan_override_id').references((): AnyPgColumn => pegawai.id),
    email: text('email'),
    telepon: text('telepon'),
    aktif: boolean('aktif').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('pegawai_nip_uq').on(t.nip),
    index('pegawai_unit_idx').on(t.unitId),
    index('pegawai_jabatan_idx').on(t.jabatanId),
    index('pegawai_nama_idx').on(sql`lower(${t.nama})`),
  ],
);
