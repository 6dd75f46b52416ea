import type { LayananUpdate, Layanan } from '../../../../contracts/antrian-setup.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSetup } from './mutasi.ts';

/** PATCH /antrian/layanan/:id (400 body.kuotaOnline below the session capacities). */
export const updateLayanan = ({ id, ...body }: LayananUpdate & { id: number }) =>
  api<Layanan>(`/antrian/layanan/${id}`, { method: 'PATCH', body });
export const useUpdateLayanan = () => useMutasiSetup(updateLayanan);
