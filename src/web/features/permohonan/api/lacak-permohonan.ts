import { useQuery } from '@tanstack/react-query';
import type { LacakBody, PermohonanLacak } from '../../../../contracts/permohonan.ts';
import { api } from '../../../lib/api.ts';
import { permohonanKeys } from './keys.ts';

/**
 * POST /permohonan/lacak (public) {nomor, kodeAkses} → the applicant's view of the case. A wrong pair is
 * 404 with the same message whether the number or the code is wrong. The access code travels only in the
 * body (never in a URL).
 */
export const lacakPermohonan = (body: LacakBody, signal?: AbortSignal) =>
  api<PermohonanLacak>('/permohonan/lacak', { method: 'POST', body, signal });

/**
 * The case of `pasangan` (null = nothing to look up). The query key holds the nomor and the attempt
 * number only; the code stays in the closure. Refreshed every minute while the page is open (staff may act meanwhile).
 */
export const useLacakPermohonan = (pasangan: LacakBody | null, percobaan = 0) =>
  useQuery({
    queryKey: permohonanKeys.lacak(pasangan?.nomor ?? '', percobaan),
    queryFn: ({ signal }) => lacakPermohonan(pasangan!, signal),
    enabled: !!pasangan,
    refetchInterval: 60_000,
    gcTime: 0,
  });
