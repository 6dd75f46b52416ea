import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImporBarisError, ImporHasil, ImporTidakValidProblem } from '../../../../contracts/pegawai-import.ts';
import { ApiError } from '../../../lib/api.ts';
import { unggahBerkas, type ProgresUnggah } from './import-upload.ts';

/**
 * `POST /org/pegawai/impor`: uploads and imports the file in one transaction.
 * @returns `{ dibuat, diperbarui, jabatanDibuat }`
 * @throws ApiError 400 `IMPOR_TIDAK_VALID` (rows in `problem.baris`, see {@link barisDariError}), 415, 413, 403
 */
export const imporPegawai = (file: File, onProgress?: (p: ProgresUnggah) => void) =>
  unggahBerkas<ImporHasil>('/org/pegawai/impor', file, { onProgress });

/** The row errors of an `IMPOR_TIDAK_VALID` problem, or null for any other error. */
export function barisDariError(e: unknown): ImporBarisError[] | null {
  if (!(e instanceof ApiError) || e.problem.code !== 'IMPOR_TIDAK_VALID') return null;
  return (e.problem as ImporTidakValidProblem).baris ?? null;
}

/** Mutation hook for {@link imporPegawai}; refreshes every `org` query on success (pegawai lists, jabatan). */
export function useImporPegawai(onProgress?: (p: ProgresUnggah) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => imporPegawai(file, onProgress),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['org'] }),
  });
}
