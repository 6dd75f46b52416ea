import { date, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The working-day calendar shared by the whole system (pelayanan.md §6): national holidays and cuti
 * bersama (SKB 3 Menteri, Keppres), city-wide local holidays, and emergency closures. Seeded from
 * shared/data/hari-libur-nasional.json, editable by admins (dates move after the moon sighting).
 * Per-lokasi closures of the queue live in antrian (`antrian_tutup`).
 */
export const hariLibur = pgTable(
  'hari_libur',
  {
    id: serial('id').primaryKey(),
    /** The WIB calendar date. */
    tanggal: date('tanggal').notNull(),
    nama: text('nama').notNull(),
    jenis: text('jenis', { enum: ['libur_nasional', 'cuti_bersama', 'libur_lokal', 'tutup_darurat'] }).notNull(),
    /** Legal source, e.g. "SKB 3 Menteri 2025", "Keppres 42/2025", "SK Wali Kota …". */
    sumber: text('sumber'),
    diubahOleh: integer('diubah_oleh'),
    diubahPada: timestamp('diubah_pada', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('hari_libur_tanggal_uq').on(t.tanggal), index('hari_libur_jenis_idx').on(t.jenis)],
);
