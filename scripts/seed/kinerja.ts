import type { Database } from '../../src/server/db/client.ts';

/**
 * PLACEHOLDER (scaffold): the kinerja demo — SKPs with cascades from each kepala OPD, a year of monthly
 * realisasi (many bound to service metrics), ratings and predikat. Replaced by the implementation.
 */
export async function seedKinerjaDemo(database: Database, opts: { now?: Date; log?: (m: string) => void; uploadsDir?: string } = {}) {
  void database;
  void opts;
}
