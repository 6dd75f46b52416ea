/** All tables, re-exported from the modules that own them (drizzle-kit reads this file). */
export * from '../modules/org/org.table.ts';
export * from '../modules/auth/auth.table.ts';
export * from '../modules/audit/audit.table.ts';
export * from '../modules/skm/skm.table.ts';
export * from '../modules/kalender/kalender.table.ts';
export * from '../modules/notifikasi/notifikasi.table.ts';
export * from '../modules/antrian/antrian.table.ts';
export * from '../modules/layanan/layanan.table.ts';
export * from '../modules/kinerja/kinerja.table.ts';
