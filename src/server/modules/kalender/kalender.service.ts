import type { Db } from '../../db/client.ts';

/** A closed day of the shared calendar. */
export type HariLiburInfo = { tanggal: string; nama: string; jenis: 'libur_nasional' | 'cuti_bersama' | 'libur_lokal' | 'tutup_darurat' };

/**
 * The working-day calendar service (pelayanan.md §6). STUB — implemented by the kalender work package.
 */
export function createKalenderService(db: Db) {
  void db;
  return {
    /** Closed days (holidays, cuti bersama, local closures) between two WIB dates inclusive ('YYYY-MM-DD'). */
    async liburAntara(dari: string, sampai: string): Promise<HariLiburInfo[]> {
      void dari; void sampai;
      return [];
    },
  };
}
export type KalenderService = ReturnType<typeof createKalenderService>;
