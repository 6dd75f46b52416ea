import type { Keberatan, KeberatanBody } from '../../../../contracts/kinerja-penilaian.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiEvaluasi } from './mutasi.ts';

/**
 * POST /kinerja/penilaian/:id/keberatan {alasan} [pemilik; annual penilaian ditetapkan, until batasKeberatan
 * (WIB, inclusive), one open at a time] → the keberatan, sent to the atasan pejabat penilai. 400 `body.alasan`.
 */
export const ajukanKeberatan = ({ penilaianId, ...body }: KeberatanBody & { penilaianId: number }) =>
  api<Keberatan>(`/kinerja/penilaian/${penilaianId}/keberatan`, { method: 'POST', body });
export const useAjukanKeberatan = () => useMutasiEvaluasi(ajukanKeberatan);
