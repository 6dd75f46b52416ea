import type { LayananAdminDetail, LayananUpdate } from '../../../../contracts/layanan.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiLayanan } from './mutasi.ts';

/** PATCH /admin/layanan/:id: basic fields (the kode never changes). */
export const updateLayanan = ({ id, ...body }: LayananUpdate & { id: number }) =>
  api<LayananAdminDetail>(`/admin/layanan/${id}`, { method: 'PATCH', body });
export const useUpdateLayanan = () => useMutasiLayanan(updateLayanan);
