import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Wilayah } from '../../../../contracts/org.ts';
import { api } from '../../../lib/api.ts';
import { orgKeys } from './keys.ts';

/** GET /org/wilayah (public): kota → kecamatan → kelurahan with Kemendagri codes. */
export const getWilayah = (signal?: AbortSignal) => api<Wilayah>('/org/wilayah', { signal });

export const wilayahQuery = () =>
  queryOptions({ queryKey: orgKeys.wilayah(), queryFn: ({ signal }) => getWilayah(signal), staleTime: 60 * 60_000 });

export const useWilayah = () => useQuery(wilayahQuery());
