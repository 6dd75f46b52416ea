import type { Maklumat, MaklumatUpdate } from '../../../../contracts/layanan.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiLayanan } from './mutasi.ts';

/** PUT /admin/maklumat/:unitId: sets the unit's maklumat pelayanan (audited). */
export const setMaklumat = ({ unitId, ...body }: MaklumatUpdate & { unitId: number }) =>
  api<Maklumat>(`/admin/maklumat/${unitId}`, { method: 'PUT', body });
export const useSetMaklumat = () => useMutasiLayanan(setMaklumat);
