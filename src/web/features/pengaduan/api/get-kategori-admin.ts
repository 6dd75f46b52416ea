import { useQuery } from '@tanstack/react-query';
import type { KategoriAdmin } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';
import { pengaduanKeys } from './keys.ts';

/** GET /admin/pengaduan/kategori — every category incl. inactive ones, with its report count. */
export const getKategoriAdmin = (signal?: AbortSignal) => api<KategoriAdmin[]>('/admin/pengaduan/kategori', { signal });

export const useKategoriAdmin = () => useQuery({ queryKey: pengaduanKeys.kategoriAdmin(), queryFn: ({ signal }) => getKategoriAdmin(signal) });
