import type { LayananCreate, Layanan } from '../../../../contracts/antrian-setup.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSetup } from './mutasi.ts';

/** POST /antrian/lokasi/:id/layanan (409 body.prefix). */
export const createLayanan = ({ lokasiId, ...body }: LayananCreate & { lokasiId: number }) =>
  api<Layanan>(`/antrian/lokasi/${lokasiId}/layanan`, { method: 'POST', body });
export const useCreateLayanan = () => useMutasiSetup(createLayanan);
