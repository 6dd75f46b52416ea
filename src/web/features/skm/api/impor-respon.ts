import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ImporResponSchema } from '../../../../contracts/skm.ts';
import { api } from '../../../lib/api.ts';
import { skmKeys } from './keys.ts';

export type ImporRespon = z.infer<typeof ImporResponSchema>;

/**
 * POST /skm/survei/:id/impor (skm:kelola), multipart `file`: a paper-survey CSV/XLSX with columns U1..U9.
 * All-or-nothing: a bad file answers 400 with every error ({field: 'baris N, kolom U3', message}).
 */
export const imporRespon = (id: number, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return api<ImporRespon>(`/skm/survei/${id}/impor`, { method: 'POST', body: form });
};

export function useImporRespon(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => imporRespon(id, file),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: skmKeys.surveiHasil(id) }),
        qc.invalidateQueries({ queryKey: skmKeys.surveiLists() }),
      ]),
  });
}
