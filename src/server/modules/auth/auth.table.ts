import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { pegawai, unitOrganisasi } from '../org/org.table.ts';

/** A login account. ASN log in with their NIP; `username` is the NIP (or a name for service accounts). */
export const akun = pgTable(
  'akun',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    nama: text('nama').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** Roles: admin, admin_opd, atasan, pegawai, petugas, pimpinan (see src/contracts/auth.ts). */
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    pegawaiId: integer('pegawai_id').references(() => pegawai.id),
    /** Scope for admin_opd and petugas: the OPD they administer / serve in. */
    opdId: integer('opd_id').references(() => unitOrganisasi.id),
    aktif: boolean('aktif').notNull().default(true),
    gagalLogin: integer('gagal_login').notNull().default(0),
    terkunciSampai: timestamp('terkunci_sampai', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('akun_username_uq').on(t.username), uniqueIndex('akun_pegawai_uq').on(t.pegawaiId)],
);

/** Server-side session. `id` is the SHA-256 of the cookie token (the token itself is never stored). */
export const sesi = pgTable(
  'sesi',
  {
    id: text('id').primaryKey(),
    akunId: integer('akun_id').notNull().references(() => akun.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sesi_akun_idx').on(t.akunId), index('sesi_expires_idx').on(t.expiresAt)],
);
