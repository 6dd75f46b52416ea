import { useQuery } from '@tanstack/react-query';
import type { PenilaianSkp } from '../../../../contracts/kinerja-penilaian.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaEvaluasiKeys } from './keys.ts';

/**
 * GET /kinerja/skp/:id/penilaian [any relation; 404 otherwise] — every period of the SKP's year with its
 * penilaian (or null), the annual penilaian, penetapan and keberatan state, and `saranHasilKerja` for a
 * head of unit (kinerja.md §1.5).
 */
export const getPenilaianSkp = (id: number, signal?: AbortSignal) => api<PenilaianSkp>(`/kinerja/skp/${id}/penilaian`, { signal });

export const usePenilaianSkp = (id: number) =>
  useQuery({ queryKey: kinerjaEvaluasiKeys.penilaian(id), queryFn: ({ signal }) => getPenilaianSkp(id, signal), enabled: id > 0 });
