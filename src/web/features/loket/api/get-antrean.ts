import { useQuery } from '@tanstack/react-query';
import type { Antrean } from '../../../../contracts/antrian-loket.ts';
import { api } from '../../../lib/api.ts';
import { loketKeys } from './keys.ts';

/** GET /antrian/loket/antrean — my loket's waiting line in call order (antrian:loket). */
export const getAntrean = (signal?: AbortSignal) => api<Antrean>('/antrian/loket/antrean', { signal });
/** Refreshes every 30 s too, so "menunggu N menit" stays current between events. */
export const useAntrean = (enabled: boolean) =>
  useQuery({ queryKey: loketKeys.antrean(), queryFn: ({ signal }) => getAntrean(signal), enabled, refetchInterval: 30_000 });
