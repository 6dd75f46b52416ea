import type { SesiCreate, Sesi } from '../../../../contracts/antrian-setup.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSetup } from './mutasi.ts';

/** POST /antrian/layanan/:id/sesi (400 body.mulai / body.selesai / body.kapasitas). */
export const createSesi = ({ layananId, ...body }: SesiCreate & { layananId: number }) =>
  api<Sesi>(`/antrian/layanan/${layananId}/sesi`, { method: 'POST', body });
export const useCreateSesi = () => useMutasiSetup(createSesi);
