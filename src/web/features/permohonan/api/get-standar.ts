import { useQuery } from '@tanstack/react-query';
import type { StandarPublik } from '../../../../contracts/layanan.ts';
import { api } from '../../../lib/api.ts';
import { permohonanKeys } from './keys.ts';

/**
 * GET /layanan/:kode (public): the layanan with the standar pelayanan in force now — its persyaratan
 * decide which files the application form asks for (items with `unggah: true`) and which fields
 * (items of jenis `isian`). 404 for an unknown or inactive layanan.
 */
export const getStandar = (kode: string, signal?: AbortSignal) =>
  api<StandarPublik>(`/layanan/${encodeURIComponent(kode)}`, { signal });

export const useStandar = (kode: string) =>
  useQuery({ queryKey: permohonanKeys.standar(kode), queryFn: ({ signal }) => getStandar(kode, signal), staleTime: 5 * 60_000 });
