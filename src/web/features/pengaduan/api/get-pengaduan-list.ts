import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PengaduanList, PengaduanListQuery } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';
import { pengaduanKeys } from './keys.ts';

/**
 * GET /pengaduan (pengaduan:tindaklanjut) — the caller's scope: the coordinator sees all, OPD staff the
 * cases forwarded to their OPD. `status` may be a comma list ('baru,diverifikasi').
 */
export function getPengaduanList(q: Partial<PengaduanListQuery>, signal?: AbortSignal): Promise<PengaduanList> {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '' && v !== null) p.set(k, String(v));
  const qs = p.toString();
  return api<PengaduanList>(`/pengaduan${qs ? `?${qs}` : ''}`, { signal });
}

/** The list, refreshed every minute (deadline badges move with the clock) and kept while a new page loads. */
export const usePengaduanList = (q: Partial<PengaduanListQuery>) =>
  useQuery({
    queryKey: pengaduanKeys.list(q),
    queryFn: ({ signal }) => getPengaduanList(q, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
