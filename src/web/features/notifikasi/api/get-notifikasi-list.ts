import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { NotifikasiPage, StatusNotifikasi } from '../../../../contracts/notifikasi.ts';
import { api } from '../../../lib/api.ts';
import { notifikasiKeys, SEGARKAN_MS } from './keys.ts';

export type NotifikasiListParams = { status?: StatusNotifikasi; page?: number; perPage?: number };

/** GET /notifikasi?status&page&per_page (notifikasi:lihat): the outbox, newest first. */
export const getNotifikasiList = (p: NotifikasiListParams, signal?: AbortSignal) => {
  const q = new URLSearchParams();
  if (p.status) q.set('status', p.status);
  q.set('page', String(p.page ?? 1));
  q.set('per_page', String(p.perPage ?? 50));
  return api<NotifikasiPage>(`/notifikasi?${q}`, { signal });
};

export const notifikasiListQuery = (p: NotifikasiListParams) =>
  queryOptions({ queryKey: notifikasiKeys.daftar(p), queryFn: ({ signal }) => getNotifikasiList(p, signal), placeholderData: keepPreviousData, refetchInterval: SEGARKAN_MS });

export const useNotifikasiList = (p: NotifikasiListParams) => useQuery(notifikasiListQuery(p));
