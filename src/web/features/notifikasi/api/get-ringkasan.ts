import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RingkasanNotifikasi } from '../../../../contracts/notifikasi.ts';
import { api } from '../../../lib/api.ts';
import { notifikasiKeys, SEGARKAN_MS } from './keys.ts';

/** GET /notifikasi/ringkasan (notifikasi:lihat): number of messages per status. */
export const getRingkasan = (signal?: AbortSignal) => api<RingkasanNotifikasi>('/notifikasi/ringkasan', { signal });

export const ringkasanQuery = () => queryOptions({ queryKey: notifikasiKeys.ringkasan(), queryFn: ({ signal }) => getRingkasan(signal), refetchInterval: SEGARKAN_MS });

export const useRingkasan = () => useQuery(ringkasanQuery());
