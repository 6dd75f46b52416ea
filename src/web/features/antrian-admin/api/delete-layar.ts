import { api } from '../../../lib/api.ts';
import { useMutasiSetup } from './mutasi.ts';

/** DELETE /antrian/layar/:id → 204: the device token stops working at once. */
export const deleteLayar = (id: number) => api<void>(`/antrian/layar/${id}`, { method: 'DELETE' });
export const useDeleteLayar = () => useMutasiSetup(deleteLayar);
