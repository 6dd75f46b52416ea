import type { RevisiBody, SkpDetail } from '../../../../contracts/kinerja-skp.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSkp } from './mutasi.ts';

/** POST /kinerja/skp/:id/setujui {revisi} [penilai; diajukan] → the SKP, disetujui (its RHK are then fixed). 409 REVISI_USANG. */
export const setujuiSkp = ({ id, ...body }: RevisiBody & { id: number }) =>
  api<SkpDetail>(`/kinerja/skp/${id}/setujui`, { method: 'POST', body });
export const useSetujuiSkp = () => useMutasiSkp(setujuiSkp);
