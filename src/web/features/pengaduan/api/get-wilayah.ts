import { useQuery } from '@tanstack/react-query';
import type { Wilayah } from '../../../../contracts/org.ts';
import { api } from '../../../lib/api.ts';
import { pengaduanKeys } from './keys.ts';

/** GET /org/wilayah (public) — kecamatan → kelurahan of Tanjungbalai with Kemendagri codes. */
export const getWilayah = (signal?: AbortSignal) => api<Wilayah>('/org/wilayah', { signal });

export const useWilayah = () =>
  useQuery({ queryKey: pengaduanKeys.wilayah(), queryFn: ({ signal }) => getWilayah(signal), staleTime: 60 * 60_000 });
