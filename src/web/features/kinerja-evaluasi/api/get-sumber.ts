import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SumberRealisasi } from '../../../../contracts/kinerja-realisasi.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaEvaluasiKeys } from './keys.ts';

/** Rows per page of the source list. */
export const PER_HALAMAN_SUMBER = 25;

/**
 * GET /kinerja/realisasi/:id/sumber?page&per_page [any relation to the SKP; 404 otherwise] — the records
 * that produced an automatic figure (no personal data), paged.
 */
export const getSumber = (id: number, page: number, signal?: AbortSignal) =>
  api<SumberRealisasi>(`/kinerja/realisasi/${id}/sumber?page=${page}&per_page=${PER_HALAMAN_SUMBER}`, { signal });

export const useSumber = (id: number, page: number) =>
  useQuery({
    queryKey: kinerjaEvaluasiKeys.sumber(id, page), queryFn: ({ signal }) => getSumber(id, page, signal),
    enabled: id > 0, placeholderData: keepPreviousData,
  });
