import { useQuery } from '@tanstack/react-query';
import type { RhkAtasan } from '../../../../contracts/kinerja-skp.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaKeys } from './keys.ts';

/**
 * GET /kinerja/skp/:id/rhk-atasan [pemilik] — the cascade picker: the RHK of my pejabat penilai's SKP of
 * the same year that my RHK may intervene in (`status` = that SKP's; `skpId` null when they have none yet).
 */
export const getRhkAtasan = (id: number, signal?: AbortSignal) => api<RhkAtasan>(`/kinerja/skp/${id}/rhk-atasan`, { signal });

export const useRhkAtasan = (id: number, enabled = true) =>
  useQuery({ queryKey: kinerjaKeys.rhkAtasan(id), queryFn: ({ signal }) => getRhkAtasan(id, signal), enabled: enabled && id > 0 });
