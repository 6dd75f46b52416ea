import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { SurveiPublikRingkas } from './get-survei-publik-list.ts';

/** GET /skm/publik/unit/:id/survei — the open surveys of one unit (permanent poster link), no login. */
export const getSurveiUnit = (unitId: number, signal?: AbortSignal) =>
  api<SurveiPublikRingkas[]>(`/skm/publik/unit/${unitId}/survei`, { signal });

export const surveiUnitQuery = (unitId: number) =>
  queryOptions({ queryKey: ['skm', 'publik', 'unit', unitId], queryFn: ({ signal }) => getSurveiUnit(unitId, signal), staleTime: 60_000 });

export const useSurveiUnit = (unitId: number) => useQuery(surveiUnitQuery(unitId));
