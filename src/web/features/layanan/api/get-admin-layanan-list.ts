import { useQuery } from '@tanstack/react-query';
import type { LayananAdminItem } from '../../../../contracts/layanan.ts';
import { api } from '../../../lib/api.ts';
import { layananKeys } from './keys.ts';

/** GET /admin/layanan (layanan:kelola): the layanan this account manages (admin OPD: own OPD). */
export const getAdminLayananList = (signal?: AbortSignal) => api<LayananAdminItem[]>('/admin/layanan', { signal });
export const useAdminLayananList = () => useQuery({ queryKey: layananKeys.adminList(), queryFn: ({ signal }) => getAdminLayananList(signal) });
