import type { RevisiBody, SkpDetail } from '../../../../contracts/kinerja-skp.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSkp } from './mutasi.ts';

/**
 * POST /kinerja/skp/:id/ajukan {revisi} [pemilik; draft/dikembalikan; a penilai set] → the SKP, diajukan.
 * The submit rules run now: 400 listing every violation by field (`rhk`, `rhk[0].parentRhkId`,
 * `rhk[1].indikator[0].targetSatuan`…); 409 REVISI_USANG.
 */
export const ajukanSkp = ({ id, ...body }: RevisiBody & { id: number }) =>
  api<SkpDetail>(`/kinerja/skp/${id}/ajukan`, { method: 'POST', body });
export const useAjukanSkp = () => useMutasiSkp(ajukanSkp);
