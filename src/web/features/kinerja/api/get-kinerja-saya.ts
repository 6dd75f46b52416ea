import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { KinerjaSaya } from '../../../../contracts/kinerja-skp.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaKeys } from './keys.ts';

/**
 * GET /kinerja/saya?tahun [kinerja:skp] — my performance year: pegawai (null for an account without one),
 * the year's periods and settings, my SKPs (oldest first), my current pejabat penilai, the number of direct
 * bawahan, and what "Susun SKP" would make now (`saranBuat`, or why not: `saranBuatPesan`).
 * `tahun` omitted → the current year (WIB, server clock).
 */
export const getKinerjaSaya = (tahun?: number, signal?: AbortSignal) =>
  api<KinerjaSaya>(`/kinerja/saya${tahun ? `?tahun=${tahun}` : ''}`, { signal });

export const useKinerjaSaya = (tahun?: number) =>
  useQuery({ queryKey: kinerjaKeys.saya(tahun), queryFn: ({ signal }) => getKinerjaSaya(tahun, signal), placeholderData: keepPreviousData });
