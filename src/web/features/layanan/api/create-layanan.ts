import type { LayananAdminDetail, LayananCreate } from '../../../../contracts/layanan.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiLayanan } from './mutasi.ts';

/** POST /admin/layanan: a new layanan without a standard (409 body.kode when the kode is taken). */
export const createLayanan = (body: LayananCreate) => api<LayananAdminDetail>('/admin/layanan', { method: 'POST', body });
export const useCreateLayanan = () => useMutasiLayanan(createLayanan);
