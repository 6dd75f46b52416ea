import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LokasiStatistik } from '../../../../contracts/antrian-statistik.ts';
import { api } from '../../../lib/api.ts';
import { statistikKeys } from './keys.ts';

/** GET /antrian/statistik/lokasi (antrian:statistik): the lokasi the caller may filter on. */
export const getLokasiStatistik = (signal?: AbortSignal) => api<LokasiStatistik[]>('/antrian/statistik/lokasi', { signal });

export const lokasiStatistikQuery = () =>
  queryOptions({ queryKey: statistikKeys.lokasi(), queryFn: ({ signal }) => getLokasiStatistik(signal), staleTime: 5 * 60_000 });

export const useLokasiStatistik = () => useQuery(lokasiStatistikQuery());
