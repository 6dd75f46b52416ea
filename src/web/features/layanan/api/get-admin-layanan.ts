import { useQuery } from '@tanstack/react-query';
import type { LayananAdminDetail } from '../../../../contracts/layanan.ts';
import { api } from '../../../lib/api.ts';
import { layananKeys } from './keys.ts';

/** GET /admin/layanan/:id (layanan:kelola): the layanan with every version (drafts too) and its maklumat. 403 other OPD. */
export const getAdminLayanan = (id: number, signal?: AbortSignal) => api<LayananAdminDetail>(`/admin/layanan/${id}`, { signal });
export const useAdminLayanan = (id: number) =>
  useQuery({ queryKey: layananKeys.adminDetail(id), queryFn: ({ signal }) => getAdminLayanan(id, signal), enabled: id > 0 });
