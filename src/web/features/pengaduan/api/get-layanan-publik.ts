import { useQuery } from '@tanstack/react-query';
import type { KatalogItem } from '../../../../contracts/layanan.ts';
import { api } from '../../../lib/api.ts';
import { pengaduanKeys } from './keys.ts';

/** GET /layanan (public catalogue) — for the optional "related service" of a report. */
export const getLayananPublik = (signal?: AbortSignal) => api<KatalogItem[]>('/layanan', { signal });

export const useLayananPublik = () =>
  useQuery({ queryKey: pengaduanKeys.layanan(), queryFn: ({ signal }) => getLayananPublik(signal), staleTime: 10 * 60_000 });
