import { useQuery } from '@tanstack/react-query';
import type { TiketPublik } from '../../../../contracts/antrian.ts';
import { api } from '../../../lib/api.ts';
import { antrianKeys } from './keys.ts';

/** GET /antrian/publik/tiket/:kode — the citizen's ticket status. */
export const getTiket = (kode: string, signal?: AbortSignal) =>
  api<TiketPublik>(`/antrian/publik/tiket/${encodeURIComponent(kode)}`, { signal });

/** URL of the ticket's QR image (signed check-in payload, SVG). */
export const urlQrTiket = (kode: string) => `/api/v1/antrian/publik/tiket/${encodeURIComponent(kode)}/qr`;

/** The ticket, polled every `pollMs` (fallback when the live stream is unavailable; 0 = off). */
export const useTiket = (kode: string, pollMs = 0) =>
  useQuery({
    queryKey: antrianKeys.tiket(kode),
    queryFn: ({ signal }) => getTiket(kode, signal),
    refetchInterval: pollMs > 0 ? pollMs : false,
  });
