import { useQuery } from '@tanstack/react-query';
import type { PengaturanTahunDetail } from '../../../../contracts/kinerja-dokumen.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaOpdKeys } from './keys.ts';

/**
 * GET /kinerja/tahun/:tahun (kinerja:skp): the year's settings with defaults (jenis periode, keberatan
 * window in WORKING days, SKP deadline), its periods, and whether the period kind is locked.
 */
export const getPengaturanTahun = (tahun: number, signal?: AbortSignal) => api<PengaturanTahunDetail>(`/kinerja/tahun/${tahun}`, { signal });

export const usePengaturanTahun = (tahun: number) =>
  useQuery({ queryKey: kinerjaOpdKeys.tahun(tahun), queryFn: ({ signal }) => getPengaturanTahun(tahun, signal), staleTime: 60_000 });
