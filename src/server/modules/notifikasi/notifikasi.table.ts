import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The notification outbox (DESIGN.md §2 `notifikasi`): a message is written in the same transaction as
 * the change that causes it, then delivered by a worker — at-least-once, retried with backoff, never
 * blocking a request. `kunci` is the idempotency key (same key → one message). `tujuanEnc` is the
 * encrypted phone number; `data` never holds a NIK (UU 27/2022; pelayanan.md §5.2).
 */
export const notifikasiOutbox = pgTable(
  'notifikasi_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kunci: text('kunci').notNull(),
    kanal: text('kanal', { enum: ['whatsapp', 'sms'] }).notNull(),
    /** Encrypted recipient (phone number); null when the citizen gave none (message is skipped). */
    tujuanEnc: text('tujuan_enc'),
    /** Last 4 digits of the recipient, for the admin list. */
    tujuanAkhir: text('tujuan_akhir'),
    templat: text('templat').notNull(),
    data: jsonb('data').notNull(),
    status: text('status', { enum: ['menunggu', 'dikirim', 'terkirim', 'gagal', 'dilewati'] }).notNull().default('menunggu'),
    percobaan: integer('percobaan').notNull().default(0),
    /** Not before this instant (reminders are scheduled; retries back off). */
    jadwal: timestamp('jadwal', { withTimezone: true }).notNull().defaultNow(),
    /** Lease of the worker that claimed it (a crashed worker's claim expires). */
    dikunciSampai: timestamp('dikunci_sampai', { withTimezone: true }),
    galatTerakhir: text('galat_terakhir'),
    idPenyedia: text('id_penyedia'),
    dibuatPada: timestamp('dibuat_pada', { withTimezone: true }).notNull().defaultNow(),
    terkirimPada: timestamp('terkirim_pada', { withTimezone: true }),
  },
  (t) => [uniqueIndex('notifikasi_outbox_kunci_uq').on(t.kunci), index('notifikasi_outbox_antri_idx').on(t.status, t.jadwal)],
);
