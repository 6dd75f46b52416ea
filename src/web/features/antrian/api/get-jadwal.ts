import { useQuery } from '@tanstack/react-query';
import type { JadwalPublik } from '../../../../contracts/antrian.ts';
import { api } from '../../../lib/api.ts';
import { antrianKeys } from './keys.ts';

/** GET /antrian/publik/lokasi/:kode/jadwal?layananId= — open dates with sessions and places left. */
export const getJadwal = (kode: string, layananId: number, signal?: AbortSignal) =>
  api<JadwalPublik>(`/antrian/publik/lokasi/${encodeURIComponent(kode)}/jadwal?layananId=${layananId}`, { signal });

export const useJadwal = (kode: string, layananId: number | null) =>
  useQuery({
    queryKey: antrianKeys.jadwal(kode, layananId ?? 0),
    queryFn: ({ signal }) => getJadwal(kode, layananId!, signal),
    enabled: kode !== '' && layananId != null,
    staleTime: 30_000,
  });
