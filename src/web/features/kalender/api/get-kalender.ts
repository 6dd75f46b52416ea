import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { HariLiburList } from '../../../../contracts/kalender.ts';
import { api } from '../../../lib/api.ts';
import { kalenderKeys } from './keys.ts';

/** GET /kalender?tahun= (public): the closed days of a year. */
export const getKalender = (tahun: number, signal?: AbortSignal) => api<HariLiburList>(`/kalender?tahun=${tahun}`, { signal });

export const kalenderQuery = (tahun: number) =>
  queryOptions({ queryKey: kalenderKeys.tahun(tahun), queryFn: ({ signal }) => getKalender(tahun, signal), placeholderData: keepPreviousData });

export const useKalender = (tahun: number) => useQuery(kalenderQuery(tahun));
