import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { notifikasiKeys } from './keys.ts';

/** POST /notifikasi/:id/ulang (notifikasi:lihat): requeues a `gagal` message for immediate delivery (204). */
export const kirimUlang = (id: number) => api<void>(`/notifikasi/${id}/ulang`, { method: 'POST' });

export function useKirimUlang() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: kirimUlang,
    onSettled: () => qc.invalidateQueries({ queryKey: notifikasiKeys.semua }),
  });
}
