/**
 * `sikap import pegawai FILE.xlsx|FILE.csv`: imports pegawai (ASN) from a spreadsheet (DESIGN.md §4).
 * Format and row rules: src/domain/org/pegawai-row.ts (kinerja.md §5.2–5.4); the same service as the admin upload.
 *
 * Every row is validated first (including the database: unit codes, jabatan kinds, NIP Atasan); a file with any
 * bad row imports nothing. A clean file is imported in one transaction, updating existing pegawai by NIP.
 *
 * Exit codes:
 * - 0: imported; prints `dibuat`, `diperbarui`, `jabatanDibuat`;
 * - 1: invalid rows — every error printed as `baris N, kolom X: alasan`, nothing imported;
 * - 2: the file cannot be read (missing, not .csv/.xlsx, corrupt).
 */
import type { Config } from '../../server/config.ts';
import type { Database } from '../../server/db/client.ts';
import { readTabularFile, TabularFileError, type TabularData } from '../../server/lib/tabular-file.ts';
import { buildServices } from '../../server/app.ts';
import { errorHeaderDariTabular, ImporTidakValidError } from '../../server/modules/org/pegawai-import.service.ts';
import type { ImporBarisError } from '../../contracts/pegawai-import.ts';

import { defaultIo, type CliIo } from '../io.ts';

export type { CliIo };

/** One error line: `baris 5, kolom NIP: alasan`, plus ` (nilai: "…")` when the reason does not already quote the value. */
export function formatImporError(e: ImporBarisError): string {
  const nilai = e.nilai === null || e.pesan.includes(e.nilai) ? '' : ` (nilai: "${e.nilai}")`;
  return `baris ${e.baris}, kolom ${e.kolom}: ${e.pesan}${nilai}`;
}

function laporkanSalah(io: CliIo, errors: readonly ImporBarisError[]) {
  for (const e of errors) io.err(formatImporError(e));
  io.err(`${errors.length} kesalahan ditemukan; tidak ada pegawai yang diimpor. Perbaiki berkas lalu ulangi.`);
}

/**
 * Runs `sikap import pegawai FILE`.
 *
 * @param file      path to a .csv (`,` or `;`, UTF-8 or Latin-1) or .xlsx (first sheet) file
 * @param database  an open, migrated database
 * @param config    server configuration (the services are built from it, as in the server)
 * @param io        output sinks (stdout/stderr by default)
 * @returns the exit code: 0 imported, 1 invalid rows (nothing imported), 2 unreadable file
 */
export async function runImportPegawaiCommand(file: string, database: Database, config: Config, io: CliIo = defaultIo): Promise<number> {
  let tabel: TabularData;
  try {
    tabel = await readTabularFile(file);
  } catch (error) {
    if (!(error instanceof TabularFileError)) throw error;
    const header = errorHeaderDariTabular(error);
    if (header) {
      laporkanSalah(io, [header]);
      return 1;
    }
    io.err(error.message);
    return 2;
  }

  const service = buildServices(config, database).pegawaiImport;
  try {
    const hasil = await service.impor(tabel, { akunId: null, namaBerkas: file.split(/[\\/]/).pop() ?? file });
    io.out(`Impor selesai: ${hasil.dibuat} pegawai baru, ${hasil.diperbarui} diperbarui, ${hasil.jabatanDibuat} jabatan baru.`);
    return 0;
  } catch (error) {
    if (error instanceof ImporTidakValidError) {
      laporkanSalah(io, error.baris);
      return 1;
    }
    throw error;
  }
}
