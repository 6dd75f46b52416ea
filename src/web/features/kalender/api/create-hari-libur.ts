import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HariLibur, HariLiburCreate } from '../../../../contracts/kalender.ts';
import { api } from '../../../lib/api.ts';
import { kalenderKeys } from './keys.ts';

/** POST /kalender (kalender:kelola) → the new entry; 409 `TANGGAL_GANDA` on field body.tanggal. */
export const createHariLibur = (body: HariLiburCreate) => api<HariLibur>('/kalender', { method: 'POST', body });

export function useCreateHariLibur() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createHariLibur, onSuccess: () => qc.invalidateQueries({ queryKey: kalenderKeys.semua }) });
}
