import { useQuery } from '@tanstack/react-query';
import type { SkpDetail } from '../../../../contracts/kinerja-skp.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaKeys } from './keys.ts';

/**
 * GET /kinerja/skp/:id [any relation to the SKP] — the whole SKP: header snapshots, pejabat penilai and
 * atasan, the caller's relation and what they may do (`izin`), RHK with indikator, the 7 BerAKHLAK values
 * with ekspektasi khusus, and the history. 404 when the caller has no relation (existence never revealed).
 */
export const getSkp = (id: number, signal?: AbortSignal) => api<SkpDetail>(`/kinerja/skp/${id}`, { signal });

export const useSkp = (id: number) =>
  useQuery({ queryKey: kinerjaKeys.skp(id), queryFn: ({ signal }) => getSkp(id, signal), enabled: id > 0 });

/** GET /kinerja/skp/:id/pdf — the SKP form as PDF (same-origin cookie session; opened as a plain link). */
export const urlPdfSkp = (id: number) => `/api/v1/kinerja/skp/${id}/pdf`;
