import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Inbox, InboxQuery } from '../../../../contracts/permohonan.ts';
import { api } from '../../../lib/api.ts';
import { permohonanKeys } from './keys.ts';

/**
 * GET /permohonan (layanan:proses): the staff inbox of my OPD (admin: all) with filters, sort, paging and
 * the counts over the whole scope (terlambat, segera, belum ditugaskan, eskalasi ke saya, per status).
 */
export const getInbox = (p: InboxQuery, signal?: AbortSignal) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  return api<Inbox>(`/permohonan?${q}`, { signal });
};

/** The inbox, refreshed every 30 s (the SLA badges move with the clock; others act meanwhile). */
export const useInbox = (p: InboxQuery) =>
  useQuery({ queryKey: permohonanKeys.inbox(p), queryFn: ({ signal }) => getInbox(p, signal), placeholderData: keepPreviousData, refetchInterval: 30_000 });
