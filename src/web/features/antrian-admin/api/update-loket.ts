import type { LoketUpdate, Loket } from '../../../../contracts/antrian-setup.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSetup } from './mutasi.ts';

/** PATCH /antrian/loket/:id (layananIds replaces the set). */
export const updateLoket = ({ id, ...body }: LoketUpdate & { id: number }) =>
  api<Loket>(`/antrian/loket/${id}`, { method: 'PATCH', body });
export const useUpdateLoket = () => useMutasiSetup(updateLoket);
