import type { Database } from '../../src/server/db/client.ts';

/** STUB — seeds the national holidays and cuti bersama 2026–2027 (kalender work package). */
export async function seedKalender(database: Database): Promise<number> {
  void database;
  return 0;
}
