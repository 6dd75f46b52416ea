import type { LoketCreate, Loket } from '../../../../contracts/antrian-setup.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSetup } from './mutasi.ts';

/** POST /antrian/lokasi/:id/loket (409 body.nomor, 400 body.layananIds). */
export const createLoket = ({ lokasiId, ...body }: LoketCreate & { lokasiId: number }) =>
  api<Loket>(`/antrian/lokasi/${lokasiId}/loket`, { method: 'POST', body });
export const useCreateLoket = () => useMutasiSetup(createLoket);
