import { useQuery } from '@tanstack/react-query';
import type { PohonSkp } from '../../../../contracts/kinerja-skp.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaKeys } from './keys.ts';

/**
 * GET /kinerja/skp/:id/pohon [any relation] — the cascade around one SKP: the path up from its RHK to the
 * top (context) and every RHK below that intervenes in them; `fokus` marks this SKP's own RHK.
 */
export const getPohonSkp = (id: number, signal?: AbortSignal) => api<PohonSkp>(`/kinerja/skp/${id}/pohon`, { signal });

export const usePohonSkp = (id: number) =>
  useQuery({ queryKey: kinerjaKeys.pohon(id), queryFn: ({ signal }) => getPohonSkp(id, signal), enabled: id > 0 });
