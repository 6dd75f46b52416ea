import type { SkpDetail, UbahSkpBody } from '../../../../contracts/kinerja-skp.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSkp } from './mutasi.ts';

/**
 * PUT /kinerja/skp/:id {revisi, pendekatan, rhk[]} [pemilik; draft/dikembalikan] → the SKP. Replaces the
 * whole plan (rows with an id are kept, rows left out removed). 400 per field (`rhk[1].parentRhkId`,
 * `body.rhk.0.uraian`…), 409 REVISI_USANG (someone saved since), 409 RHK_DIPAKAI (a removed RHK is used).
 */
export const ubahSkp = ({ id, ...body }: UbahSkpBody & { id: number }) =>
  api<SkpDetail>(`/kinerja/skp/${id}`, { method: 'PUT', body });
export const useUbahSkp = () => useMutasiSkp(ubahSkp);
