import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AtasanBody, PegawaiDetail } from '../../../../contracts/org.ts';
import { api } from '../../../lib/api.ts';
import { orgKeys } from './keys.ts';

/**
 * PATCH /org/pegawai/:id/atasan (org:kelola) {atasanId: number | null}: sets or clears the atasan override.
 * 409 ATASAN_DIRI_SENDIRI / ATASAN_SIKLUS (the message names the loop), 400 with field body.atasanId, 404 outside scope.
 */
export const updateAtasan = (id: number, body: AtasanBody) =>
  api<PegawaiDetail>(`/org/pegawai/${id}/atasan`, { method: 'PATCH', body });

export function useUpdateAtasan(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AtasanBody) => updateAtasan(id, body),
    onSuccess: (detail) => {
      qc.setQueryData(orgKeys.pegawaiDetail(id), detail);
      // The change moves people between lines: lists, other details (bawahan counts) and the tree may all change.
      return qc.invalidateQueries({ queryKey: orgKeys.pegawai() });
    },
  });
}
