import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Survei, SurveiUpdateSchema } from '../../../../contracts/skm.ts';
import { api } from '../../../lib/api.ts';
import { skmKeys } from './keys.ts';

export type SurveiUpdateBody = z.input<typeof SurveiUpdateSchema>;

/**
 * PATCH /skm/survei/:id (skm:kelola). The contract does not pin the 200 body; it is treated as the
 * updated survey but the caller refetches the results anyway (status and populasi change the progress).
 */
export const updateSurvei = (id: number, body: SurveiUpdateBody) =>
  api<Survei>(`/skm/survei/${id}`, { method: 'PATCH', body });

export function useUpdateSurvei(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveiUpdateBody) => updateSurvei(id, body),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: skmKeys.surveiHasil(id) }),
        qc.invalidateQueries({ queryKey: skmKeys.surveiLists() }),
      ]),
  });
}
