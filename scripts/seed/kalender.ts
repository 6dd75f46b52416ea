import type { Database } from '../../src/server/db/client.ts';
import { ensureHariLibur } from '../../src/server/modules/kalender/index.ts';

/**
 * Seeds the national holidays and cuti bersama 2026–2027 (SKB 3 Menteri) from
 * scripts/seed/data/hari-libur-nasional.json, keeping each year's decree as `sumber`.
 * Same loader as the start-up (`ensureHariLibur`): years already present are left alone.
 * @returns the number of dates inserted
 */
export async function seedKalender(database: Database): Promise<number> {
  return ensureHariLibur(database.db);
}
