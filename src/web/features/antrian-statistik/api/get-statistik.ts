import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Statistik, StatistikFilter, StatistikQuery } from '../../../../contracts/antrian-statistik.ts';
import { api } from '../../../lib/api.ts';
import { statistikKeys } from './keys.ts';

/** The query string of a filter (lokasiId omitted = every lokasi in scope). */
export function statistikParams(q: StatistikFilter & { kelompok?: string }): string {
  const p = new URLSearchParams({ dari: q.dari, sampai: q.sampai });
  if (q.lokasiId != null) p.set('lokasiId', String(q.lokasiId));
  if (q.kelompok) p.set('kelompok', q.kelompok);
  return p.toString();
}

/** GET /antrian/statistik (antrian:statistik): figures per kelompok and the total. */
export const getStatistik = (q: StatistikQuery, signal?: AbortSignal) => api<Statistik>(`/antrian/statistik?${statistikParams(q)}`, { signal });

export const statistikQuery = (q: StatistikQuery) =>
  queryOptions({ queryKey: statistikKeys.statistik(q), queryFn: ({ signal }) => getStatistik(q, signal), placeholderData: keepPreviousData });

export const useStatistik = (q: StatistikQuery) => useQuery(statistikQuery(q));

/** GET /antrian/statistik/xlsx — a plain URL for a download anchor (the browser sends the session cookie). */
export const statistikXlsxUrl = (q: StatistikFilter) => `/api/v1/antrian/statistik/xlsx?${statistikParams(q)}`;
