import type { ImporBarisError } from '../../../contracts/pegawai-import.ts';
import { fieldImpor } from '../../../contracts/pegawai-import.ts';
import { AppError, defineErrors } from '../../lib/app-error.ts';

export const PegawaiImportErrors = defineErrors({
  /** The multipart request has no `file` part. */
  BERKAS_WAJIB: ['VALIDASI', 'Pilih berkas .csv atau .xlsx untuk diunggah (kolom "file").'],
  /** The file cannot be parsed (corrupt XLSX, broken CSV quoting, workbook without a sheet). */
  BERKAS_RUSAK: ['VALIDASI', 'Berkas tidak dapat dibaca.'],
});

/**
 * Thrown when the file has at least one bad row (code `IMPOR_TIDAK_VALID`, HTTP 400): nothing was saved.
 * `errors` follows the house problem format (`field: 'baris 5, kolom NIP'`); `baris` keeps the structured rows,
 * which the route renders as the problem's extension member `baris`.
 */
export class ImporTidakValidError extends AppError {
  constructor(public readonly baris: ImporBarisError[]) {
    super(
      'IMPOR_TIDAK_VALID',
      'VALIDASI',
      `Berkas berisi ${baris.length} kesalahan; tidak ada data yang diimpor. Perbaiki semua baris lalu unggah ulang.`,
      baris.map((e) => ({ field: fieldImpor(e), message: e.pesan })),
    );
  }
}

/**
 * 415 for a file that is not .csv/.xlsx (by name or content). AppError kinds have no 415, so this is a Fastify-style
 * error (`statusCode` + `code`) that the errors plugin renders as problem+json with this message.
 */
export function jenisBerkasTidakDidukung(message: string) {
  return Object.assign(new Error(message), { statusCode: 415, code: 'JENIS_BERKAS_TIDAK_DIDUKUNG' });
}

/** 413 for a file over the limit (same rendering as {@link jenisBerkasTidakDidukung}). */
export function berkasTerlaluBesar(message: string) {
  return Object.assign(new Error(message), { statusCode: 413, code: 'BERKAS_TERLALU_BESAR' });
}
