import { boolean, date, index, integer, jsonb, pgTable, serial, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { unitOrganisasi } from '../org/org.table.ts';

/**
 * A survey (SKM) for one unit (OPD or service unit), optionally one layanan, for one period.
 * PermenPANRB 14/2017; pelayanan.md §1.6.
 */
export const skmSurvei = pgTable(
  'skm_survei',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull().references(() => unitOrganisasi.id),
    layanan: text('layanan'),
    judul: text('judul').notNull(),
    jenisPeriode: text('jenis_periode', { enum: ['triwulan', 'semester', 'tahun'] }).notNull(),
    tahun: integer('tahun').notNull(),
    /** Quarter 1–4 or semester 1–2; null for tahun. */
    ke: integer('ke'),
    mulai: date('mulai').notNull(),
    selesai: date('selesai').notNull(),
    /** Service users in the period (population N for Krejcie–Morgan). */
    populasi: integer('populasi'),
    bobot: text('bobot', { enum: ['exact', '0.111', '0.11'] }).notNull().default('exact'),
    status: text('status', { enum: ['draf', 'aktif', 'ditutup'] }).notNull().default('aktif'),
    /** Public link code (/survei/:kode); random, not guessable from the id. */
    kode: text('kode').notNull(),
    demografi: boolean('demografi').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('skm_survei_kode_uq').on(t.kode), index('skm_survei_unit_idx').on(t.unitId, t.tahun)],
);

/**
 * A one-time invitation token handed out after a service (ticket, application). One response per token.
 * Anonymity: the response row never references the invitation; only `konteks` (lokasi, layanan, loket,
 * petugas) is copied onto the response, and `digunakan` is a flag without a timestamp.
 */
export const skmUndangan = pgTable(
  'skm_undangan',
  {
    id: serial('id').primaryKey(),
    surveiId: integer('survei_id').notNull().references(() => skmSurvei.id),
    tokenHash: text('token_hash').notNull(),
    sumber: text('sumber').notNull(),
    sumberRef: text('sumber_ref'),
    konteks: jsonb('konteks'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    kedaluwarsa: timestamp('kedaluwarsa', { withTimezone: true }).notNull(),
    digunakan: boolean('digunakan').notNull().default(false),
  },
  (t) => [uniqueIndex('skm_undangan_token_uq').on(t.tokenHash), uniqueIndex('skm_undangan_sumber_uq').on(t.sumber, t.sumberRef)],
);

/**
 * One survey response. Answers U1..U9 are 1–4 or null (unanswered). Only the date is stored (no time,
 * no IP, no invitation id) so a response cannot be linked to a person or an invitation holder.
 */
export const skmRespon = pgTable(
  'skm_respon',
  {
    id: serial('id').primaryKey(),
    surveiId: integer('survei_id').notNull().references(() => skmSurvei.id),
    tanggal: date('tanggal').notNull(),
    kanal: text('kanal', { enum: ['web', 'undangan', 'kertas', 'kiosk'] }).notNull(),
    u1: smallint('u1'), u2: smallint('u2'), u3: smallint('u3'), u4: smallint('u4'), u5: smallint('u5'),
    u6: smallint('u6'), u7: smallint('u7'), u8: smallint('u8'), u9: smallint('u9'),
    jenisKelamin: text('jenis_kelamin'),
    usia: text('usia'),
    pendidikan: text('pendidikan'),
    pekerjaan: text('pekerjaan'),
    layananDiterima: text('layanan_diterima'),
    saran: text('saran'),
    konteks: jsonb('konteks'),
  },
  (t) => [index('skm_respon_survei_idx').on(t.surveiId)],
);

/**
 * Anti-stuffing counters for open links: keyed hash of (day, survey, IP, user agent) — rotates daily,
 * cannot be reversed to an IP, and is not linked to any response. Rows older than 2 days are purged.
 */
export const skmPembatas = pgTable(
  'skm_pembatas',
  {
    sidik: text('sidik').primaryKey(),
    jumlah: integer('jumlah').notNull().default(0),
    tanggal: date('tanggal').notNull(),
  },
);
