import type { Keberatan, PutusKeberatanBody } from '../../../../contracts/kinerja-penilaian.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiEvaluasi } from './mutasi.ts';

/**
 * POST /kinerja/keberatan/:id/putus {keputusan, catatan, ratingHasilKerja?, ratingPerilaku?} [the atasan
 * pejabat penilai, or admin] → the decided keberatan. `diterima` needs both ratings (400 naming them); the
 * predikat is recomputed from the matrix. 400 `body.catatan` (≥ 10 characters); 409 already decided.
 */
export const putusKeberatan = ({ id, ...body }: PutusKeberatanBody & { id: number }) =>
  api<Keberatan>(`/kinerja/keberatan/${id}/putus`, { method: 'POST', body });
export const usePutusKeberatan = () => useMutasiEvaluasi(putusKeberatan);
