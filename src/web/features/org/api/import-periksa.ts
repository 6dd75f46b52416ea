import { useMutation } from '@tanstack/react-query';
import type { ImporPeriksa } from '../../../../contracts/pegawai-import.ts';
import { unggahBerkas, type ProgresUnggah } from './import-upload.ts';

/**
 * `POST /org/pegawai/impor/periksa`: uploads the file and validates every row without saving.
 * @returns `{ valid, jumlahBaris, errors: [{ baris, kolom, nilai, pesan }], kolomDiabaikan }` (200 even when invalid)
 * @throws ApiError 415 (not .csv/.xlsx), 413 (> 10 MB), 400 (unreadable), 403
 */
export const periksaImporPegawai = (file: File, onProgress?: (p: ProgresUnggah) => void) =>
  unggahBerkas<ImporPeriksa>('/org/pegawai/impor/periksa', file, { onProgress });

/** Mutation hook for {@link periksaImporPegawai}; `onProgress` receives the upload progress. */
export function usePeriksaImporPegawai(onProgress?: (p: ProgresUnggah) => void) {
  return useMutation({ mutationFn: (file: File) => periksaImporPegawai(file, onProgress) });
}
