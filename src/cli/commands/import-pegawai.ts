import type { Config } from '../../server/config.ts';
import type { Database } from '../../server/db/client.ts';

/** `sikap import pegawai FILE` (placeholder, filled in by the org work). Returns the exit code. */
export async function runImportPegawaiCommand(file: string, database: Database, config: Config): Promise<number> {
  void file; void database; void config;
  console.error('Belum tersedia.');
  return 1;
}
