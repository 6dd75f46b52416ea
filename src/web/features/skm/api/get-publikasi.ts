import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PublikasiSchema } from '../../../../contracts/skm.ts';
import { api } from '../../../lib/api.ts';
import { skmKeys } from './keys.ts';

export type Publikasi = z.infer<typeof PublikasiSchema>;
export type PublikasiItem = Publikasi[number];

/** GET /skm/publik/ikm — the latest IKM per unit (UU 25/2009 publication duty), no login. */
export const getPublikasi = (signal?: AbortSignal) => api<Publikasi>('/skm/publik/ikm', { signal });

export const publikasiQuery = () =>
  queryOptions({ queryKey: skmKeys.publikasi(), queryFn: ({ signal }) => getPublikasi(signal), staleTime: 5 * 60_000 });

export const usePublikasi = () => useQuery(publikasiQuery());
