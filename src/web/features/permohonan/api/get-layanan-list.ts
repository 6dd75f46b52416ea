import { useQuery } from '@tanstack/react-query';
import type { KatalogItem } from '../../../../contracts/layanan.ts';
import { api } from '../../../lib/api.ts';
import { permohonanKeys } from './keys.ts';

/** GET /layanan (public catalogue): the layanan names for the inbox's "Layanan" filter. */
export const getLayananList = (signal?: AbortSignal) => api<KatalogItem[]>('/layanan', { signal });
export const useLayananList = () =>
  useQuery({ queryKey: permohonanKeys.katalog(), queryFn: ({ signal }) => getLayananList(signal), staleTime: 5 * 60_000 });
