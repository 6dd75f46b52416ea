import { useQuery } from '@tanstack/react-query';
import type { Maklumat } from '../../../../contracts/layanan.ts';
import { api } from '../../../lib/api.ts';
import { layananKeys } from './keys.ts';

/** GET /admin/maklumat/:unitId (layanan:kelola): the unit's maklumat pelayanan, or null. 403 other OPD. */
export const getMaklumat = (unitId: number, signal?: AbortSignal) => api<Maklumat | null>(`/admin/maklumat/${unitId}`, { signal });
export const useMaklumat = (unitId: number | null) =>
  useQuery({ queryKey: layananKeys.maklumat(unitId ?? 0), queryFn: ({ signal }) => getMaklumat(unitId!, signal), enabled: !!unitId });
