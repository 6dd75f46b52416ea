import { api } from '../../../lib/api.ts';
import { useMutasiSetup } from './mutasi.ts';

/** DELETE /antrian/tutup/:id → 204. */
export const deleteTutup = (id: number) => api<void>(`/antrian/tutup/${id}`, { method: 'DELETE' });
export const useDeleteTutup = () => useMutasiSetup(deleteTutup);
