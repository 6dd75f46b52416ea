import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { KatalogItem, KatalogQuery } from '../../../../contracts/layanan.ts';
import { api } from '../../../lib/api.ts';
import { layananKeys } from './keys.ts';

/** GET /layanan (public): active layanan with a standard in force now, filtered by q / kategori / unitId. */
export function getKatalog(q: KatalogQuery, signal?: AbortSignal) {
  const p = new URLSearchParams();
  if (q.q) p.set('q', q.q);
  if (q.kategori) p.set('kategori', q.kategori);
  if (q.unitId) p.set('unitId', String(q.unitId));
  const s = p.toString();
  return api<KatalogItem[]>(`/layanan${s ? `?${s}` : ''}`, { signal });
}
export const useKatalog = (q: KatalogQuery) =>
  useQuery({ queryKey: layananKeys.katalog(q), queryFn: ({ signal }) => getKatalog(q, signal), placeholderData: keepPreviousData, staleTime: 60_000 });
