import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SurveiPublik } from '../../../../contracts/skm.ts';
import { api } from '../../../lib/api.ts';
import { skmKeys } from './keys.ts';

/** GET /skm/publik/survei/:kode — the questionnaire of an active survey (404 unknown or closed). */
export const getSurveiPublik = (kode: string, signal?: AbortSignal) =>
  api<SurveiPublik>(`/skm/publik/survei/${encodeURIComponent(kode)}`, { signal });

export const surveiPublikQuery = (kode: string) =>
  queryOptions({
    queryKey: skmKeys.publikSurvei(kode),
    queryFn: ({ signal }) => getSurveiPublik(kode, signal),
    staleTime: 5 * 60_000,
  });

export const useSurveiPublik = (kode: string, enabled = true) => useQuery({ ...surveiPublikQuery(kode), enabled });
