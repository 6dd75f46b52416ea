import type { SesiUpdate, Sesi } from '../../../../contracts/antrian-setup.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSetup } from './mutasi.ts';

/** PATCH /antrian/sesi/:id. */
export const updateSesi = ({ id, ...body }: SesiUpdate & { id: number }) =>
  api<Sesi>(`/antrian/sesi/${id}`, { method: 'PATCH', body });
export const useUpdateSesi = () => useMutasiSetup(updateSesi);
