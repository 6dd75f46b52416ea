import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoketSaya } from '../../../../contracts/antrian-loket.ts';
import { api } from '../../../lib/api.ts';
import { loketKeys } from './keys.ts';

/** GET /antrian/loket/saya (antrian:loket). */
export const getLoketSaya = (signal?: AbortSignal) => api<LoketSaya>('/antrian/loket/saya', { signal });
export const loketSayaQuery = queryOptions({ queryKey: loketKeys.saya(), queryFn: ({ signal }) => getLoketSaya(signal) });
export const useLoketSaya = (enabled = true) => useQuery({ ...loketSayaQuery, enabled });
