import type { LayarCreate, LayarBaru } from '../../../../contracts/antrian-setup.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSetup } from './mutasi.ts';

/** POST /antrian/lokasi/:id/layar → { layar, token, url }: the token is shown ONCE. */
export const createLayar = ({ lokasiId, ...body }: LayarCreate & { lokasiId: number }) =>
  api<LayarBaru>(`/antrian/lokasi/${lokasiId}/layar`, { method: 'POST', body });
export const useCreateLayar = () => useMutasiSetup(createLayar);
