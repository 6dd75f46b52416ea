import type { Db } from '../../db/client.ts';

/** Import of pegawai from CSV/XLSX (placeholder until implemented). */
export function createPegawaiImportService(db: Db) {
  void db;
  return {};
}
export type PegawaiImportService = ReturnType<typeof createPegawaiImportService>;
