import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Survei, StatusSurveiSchema } from '../../../../contracts/skm.ts';
import { api } from '../../../lib/api.ts';
import { skmKeys } from './keys.ts';

export type StatusSurvei = z.infer<typeof StatusSurveiSchema>;
export type SurveiListParams = { unitId?: number; tahun?: number; status?: StatusSurvei; page?: number; perPage?: number };
export type SurveiPage = { items: Survei[]; total: number; page: number; per_page: number };

/** GET /skm/survei?unit_id&tahun&status&page&per_page (skm:hasil). */
export const getSurveiList = (p: SurveiListParams, signal?: AbortSignal) => {
  const q = new URLSearchParams();
  if (p.unitId) q.set('unit_id', String(p.unitId));
  if (p.tahun) q.set('tahun', String(p.tahun));
  if (p.status) q.set('status', p.status);
  q.set('page', String(p.page ?? 1));
  q.set('per_page', String(p.perPage ?? 50));
  return api<SurveiPage>(`/skm/survei?${q}`, { signal });
};

export const surveiListQuery = (p: SurveiListParams) =>
  queryOptions({ queryKey: skmKeys.surveiList(p), queryFn: ({ signal }) => getSurveiList(p, signal), placeholderData: keepPreviousData });

export const useSurveiList = (p: SurveiListParams) => useQuery(surveiListQuery(p));
