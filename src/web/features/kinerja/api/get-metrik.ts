import { useQuery } from '@tanstack/react-query';
import type { KatalogMetrik } from '../../../../contracts/kinerja-realisasi.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaKeys } from './keys.ts';

/**
 * GET /kinerja/metrik [kinerja:skp] — the service metrics an indikator can be bound to (only those whose
 * source module runs), with the units and queue lokasi of my OPD for lingkup unit / lokasi.
 */
export const getMetrik = (signal?: AbortSignal) => api<KatalogMetrik>('/kinerja/metrik', { signal });

export const useMetrik = (enabled = true) =>
  useQuery({ queryKey: kinerjaKeys.metrik(), queryFn: ({ signal }) => getMetrik(signal), enabled, staleTime: 10 * 60_000 });
