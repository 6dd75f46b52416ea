import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Survei, SurveiCreateSchema } from '../../../../contracts/skm.ts';
import { api } from '../../../lib/api.ts';
import { skmKeys } from './keys.ts';

/** The body as sent (defaults such as bobot/demografi may be omitted, the server fills them). */
export type SurveiCreateBody = z.input<typeof SurveiCreateSchema>;

/** POST /skm/survei (skm:kelola) → the new survey; 400 with errors such as {field: 'body.ke'}. */
export const createSurvei = (body: SurveiCreateBody) => api<Survei>('/skm/survei', { method: 'POST', body });

export function useCreateSurvei() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createSurvei,
    onSuccess: () => qc.invalidateQueries({ queryKey: skmKeys.surveiLists() }),
  });
}
