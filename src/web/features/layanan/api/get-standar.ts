import { useQuery } from '@tanstack/react-query';
import type { StandarPublik } from '../../../../contracts/layanan.ts';
import { api } from '../../../lib/api.ts';
import { layananKeys } from './keys.ts';

/**
 * GET /layanan/:kode (public): the standard in force now, the published versions and the maklumat; with
 * `versi`, GET /layanan/:kode/versi/:versi (a published older or announced version). 404 otherwise.
 */
export const getStandar = (kode: string, versi: number | null, signal?: AbortSignal) =>
  api<StandarPublik>(`/layanan/${encodeURIComponent(kode)}${versi ? `/versi/${versi}` : ''}`, { signal });
export const useStandar = (kode: string, versi: number | null) =>
  useQuery({ queryKey: layananKeys.standar(kode, versi), queryFn: ({ signal }) => getStandar(kode, versi, signal), enabled: !!kode, staleTime: 60_000 });
