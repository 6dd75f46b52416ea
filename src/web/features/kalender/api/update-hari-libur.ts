import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HariLibur, HariLiburUpdate } from '../../../../contracts/kalender.ts';
import { api } from '../../../lib/api.ts';
import { kalenderKeys } from './keys.ts';

/** PATCH /kalender/:id (kalender:kelola); 409 `TANGGAL_GANDA` when moved onto an existing date. */
export const updateHariLibur = ({ id, ...body }: HariLiburUpdate & { id: number }) =>
  api<HariLibur>(`/kalender/${id}`, { method: 'PATCH', body });

export function useUpdateHariLibur() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateHariLibur, onSuccess: () => qc.invalidateQueries({ queryKey: kalenderKeys.semua }) });
}
