import { useQuery } from '@tanstack/react-query';
import type { EvaluasiPeriode } from '../../../../contracts/kinerja-realisasi.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaEvaluasiKeys } from './keys.ts';

/**
 * GET /kinerja/skp/:id/periode/:ke [any relation to the SKP; 404 otherwise] — the evaluation sheet of one
 * period (ke ≥ 1) or the annual sheet (ke = 0): per RHK its indikator, target, realisasi (automatic figures
 * with their `sumber`), bukti dukung and umpan balik; the period's penilaian; `izin` for the caller.
 * Opening it recomputes automatic figures older than 10 minutes unless the period is rated.
 */
export const getEvaluasi = (id: number, ke: number, signal?: AbortSignal) =>
  api<EvaluasiPeriode>(`/kinerja/skp/${id}/periode/${ke}`, { signal });

export const useEvaluasi = (id: number, ke: number) =>
  useQuery({ queryKey: kinerjaEvaluasiKeys.evaluasi(id, ke), queryFn: ({ signal }) => getEvaluasi(id, ke, signal), enabled: id > 0 && ke >= 0 });
