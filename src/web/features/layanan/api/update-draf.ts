import type { StandarIsi, StandarVersi } from '../../../../contracts/layanan.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiLayanan } from './mutasi.ts';

/** PUT /admin/layanan/:id/standar/:versi: replaces a draft's components (409 once published). */
export const updateDraf = ({ id, versi, isi }: { id: number; versi: number; isi: StandarIsi }) =>
  api<StandarVersi>(`/admin/layanan/${id}/standar/${versi}`, { method: 'PUT', body: isi });
export const useUpdateDraf = () => useMutasiLayanan(updateDraf);
