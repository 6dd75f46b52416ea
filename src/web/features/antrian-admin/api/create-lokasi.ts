import type { LokasiCreate, LokasiDetail } from '../../../../contracts/antrian-setup.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSetup } from './mutasi.ts';

/** POST /antrian/lokasi → the new lokasi (409 body.kode, 400 body.jamLayanan / body.unitId). */
export const createLokasi = (body: LokasiCreate) =>
  api<LokasiDetail>('/antrian/lokasi', { method: 'POST', body });
export const useCreateLokasi = () => useMutasiSetup(createLokasi);
