import type { StandarIsi, StandarVersi } from '../../../../contracts/layanan.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiLayanan } from './mutasi.ts';

/** POST /admin/layanan/:id/standar: a new draft version with all 14 components (409 when a draft exists). */
export const createDraf = ({ id, isi }: { id: number; isi: StandarIsi }) =>
  api<StandarVersi>(`/admin/layanan/${id}/standar`, { method: 'POST', body: isi });
export const useCreateDraf = () => useMutasiLayanan(createDraf);
