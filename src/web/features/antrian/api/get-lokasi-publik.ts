import { useQuery } from '@tanstack/react-query';
import type { LokasiPublik } from '../../../../contracts/antrian.ts';
import { api } from '../../../lib/api.ts';
import { antrianKeys } from './keys.ts';

/** GET /antrian/publik/lokasi — active lokasi with their active layanan. */
export const getLokasiPublik = (signal?: AbortSignal) => api<LokasiPublik[]>('/antrian/publik/lokasi', { signal });

export const useLokasiPublik = () =>
  useQuery({ queryKey: antrianKeys.lokasi(), queryFn: ({ signal }) => getLokasiPublik(signal), staleTime: 5 * 60_000 });
