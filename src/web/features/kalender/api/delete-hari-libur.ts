import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { kalenderKeys } from './keys.ts';

/** DELETE /kalender/:id (kalender:kelola) → 204. */
export const deleteHariLibur = (id: number) => api<void>(`/kalender/${id}`, { method: 'DELETE' });

export function useDeleteHariLibur() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: deleteHariLibur, onSuccess: () => qc.invalidateQueries({ queryKey: kalenderKeys.semua }) });
}
