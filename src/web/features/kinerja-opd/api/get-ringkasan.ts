import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Ringkasan, RingkasanQuery } from '../../../../contracts/kinerja-penilaian.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaOpdKeys } from './keys.ts';

/**
 * GET /kinerja/ringkasan?tahun&periodeKe (kinerja:ringkasan; admin OPD: own OPD only): predikat counts per
 * OPD and for the city, % rated, predikat organisasi and number of warnings — aggregates only, never a name.
 */
export const getRingkasan = (q: RingkasanQuery, signal?: AbortSignal) =>
  api<Ringkasan>(`/kinerja/ringkasan?${new URLSearchParams({ tahun: String(q.tahun), periodeKe: String(q.periodeKe) })}`, { signal });

export const useRingkasan = (q: RingkasanQuery) =>
  useQuery({ queryKey: kinerjaOpdKeys.ringkasan(q), queryFn: ({ signal }) => getRingkasan(q, signal), placeholderData: keepPreviousData });
