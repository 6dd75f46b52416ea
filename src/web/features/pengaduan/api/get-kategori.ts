import { useQuery } from '@tanstack/react-query';
import type { KategoriPublik } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';
import { pengaduanKeys } from './keys.ts';

/** GET /pengaduan/kategori (public) — the active categories (= Open311 services) with their default OPD. */
export const getKategori = (signal?: AbortSignal) => api<KategoriPublik[]>('/pengaduan/kategori', { signal });

export const useKategori = () =>
  useQuery({ queryKey: pengaduanKeys.kategori(), queryFn: ({ signal }) => getKategori(signal), staleTime: 5 * 60_000 });
