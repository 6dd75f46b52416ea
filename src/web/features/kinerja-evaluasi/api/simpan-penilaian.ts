import type { Penilaian, PenilaianBody } from '../../../../contracts/kinerja-penilaian.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiEvaluasi } from './mutasi.ts';

/**
 * PUT /kinerja/skp/:id/penilaian/:ke {ratingHasilKerja, ratingPerilaku, predikat?, alasanPredikat?, catatan?,
 * revisi?} [penilai] → the penilaian (ke = 0: the annual one). 400 per field (`body.alasanPredikat` when the
 * predikat differs from the matrix without a reason); 409 stale `revisi`, period not started, year ditetapkan.
 */
export const simpanPenilaian = ({ skpId, ke, ...body }: PenilaianBody & { skpId: number; ke: number }) =>
  api<Penilaian>(`/kinerja/skp/${skpId}/penilaian/${ke}`, { method: 'PUT', body });
export const useSimpanPenilaian = () => useMutasiEvaluasi(simpanPenilaian);
