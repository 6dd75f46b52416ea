import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Tim } from '../../../../contracts/kinerja-skp.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaKeys } from './keys.ts';

/**
 * GET /kinerja/tim?tahun [kinerja:skp] — my direct and indirect bawahan with their running SKP of the year,
 * what waits for me (approve an SKP, rate ended periods, the annual rating) and the latest predikat.
 */
export const getTim = (tahun?: number, signal?: AbortSignal) => api<Tim>(`/kinerja/tim${tahun ? `?tahun=${tahun}` : ''}`, { signal });

export const useTim = (tahun?: number) =>
  useQuery({ queryKey: kinerjaKeys.tim(tahun), queryFn: ({ signal }) => getTim(tahun, signal), placeholderData: keepPreviousData });
