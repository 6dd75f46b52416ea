import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Opd } from '../../../../contracts/org.ts';
import { api } from '../../../lib/api.ts';
import { orgKeys } from './keys.ts';

/** GET /org/unit (public): active OPDs `[{ id, kode, nama, singkatan, jenis }]`, for filters. */
export const getOpdList = (signal?: AbortSignal) => api<Opd[]>('/org/unit', { signal });

export const opdListQuery = () =>
  queryOptions({ queryKey: orgKeys.opdList(), queryFn: ({ signal }) => getOpdList(signal), staleTime: 10 * 60_000 });

export const useOpdList = () => useQuery(opdListQuery());
