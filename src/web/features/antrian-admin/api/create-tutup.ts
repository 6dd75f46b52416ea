import type { TutupCreate, Tutup } from '../../../../contracts/antrian-setup.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSetup } from './mutasi.ts';

/** POST /antrian/lokasi/:id/tutup (409 body.tanggal). */
export const createTutup = ({ lokasiId, ...body }: TutupCreate & { lokasiId: number }) =>
  api<Tutup>(`/antrian/lokasi/${lokasiId}/tutup`, { method: 'POST', body });
export const useCreateTutup = () => useMutasiSetup(createTutup);
