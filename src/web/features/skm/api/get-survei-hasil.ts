import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SurveiHasil } from '../../../../contracts/skm.ts';
import { api } from '../../../lib/api.ts';
import { skmKeys } from './keys.ts';

/** GET /skm/survei/:id/hasil (skm:hasil): the survey, its IKM, progress, trend, demographics and suggestions. */
export const getSurveiHasil = (id: number, signal?: AbortSignal) => api<SurveiHasil>(`/skm/survei/${id}/hasil`, { signal });

export const surveiHasilQuery = (id: number) =>
  queryOptions({ queryKey: skmKeys.surveiHasil(id), queryFn: ({ signal }) => getSurveiHasil(id, signal) });

export const useSurveiHasil = (id: number) => useQuery({ ...surveiHasilQuery(id), enabled: Number.isInteger(id) && id > 0 });
