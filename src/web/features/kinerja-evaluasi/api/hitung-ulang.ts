import type { EvaluasiPeriode } from '../../../../contracts/kinerja-realisasi.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiEvaluasi } from './mutasi.ts';

/**
 * POST /kinerja/skp/:id/periode/:ke/hitung-ulang [pemilik or penilai] → the sheet with its automatic figures
 * computed afresh from the service data (409 once the period is rated: the figures are frozen).
 */
export const hitungUlang = ({ skpId, ke }: { skpId: number; ke: number }) =>
  api<EvaluasiPeriode>(`/kinerja/skp/${skpId}/periode/${ke}/hitung-ulang`, { method: 'POST' });
export const useHitungUlang = () => useMutasiEvaluasi(hitungUlang);
