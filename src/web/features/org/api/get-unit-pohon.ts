import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnitPohon } from '../../../../contracts/org.ts';
import { api } from '../../../lib/api.ts';
import { orgKeys } from './keys.ts';

/** GET /org/unit/pohon (org:lihat): the unit tree with active pegawai counts (direct and per subtree). */
export const getUnitPohon = (signal?: AbortSignal) => api<UnitPohon[]>('/org/unit/pohon', { signal });

export const unitPohonQuery = () =>
  queryOptions({ queryKey: orgKeys.unitPohon(), queryFn: ({ signal }) => getUnitPohon(signal), staleTime: 5 * 60_000 });

export const useUnitPohon = () => useQuery(unitPohonQuery());
