import type { LokasiUpdate, LokasiDetail } from '../../../../contracts/antrian-setup.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSetup } from './mutasi.ts';

/** PATCH /antrian/lokasi/:id (general settings, jamLayanan, aktif). */
export const updateLokasi = ({ id, ...body }: LokasiUpdate & { id: number }) =>
  api<LokasiDetail>(`/antrian/lokasi/${id}`, { method: 'PATCH', body });
export const useUpdateLokasi = () => useMutasiSetup(updateLokasi);
