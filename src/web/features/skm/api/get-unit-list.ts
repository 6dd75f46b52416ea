import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UnitLayananSchema } from '../../../../contracts/skm.ts';
import { api } from '../../../lib/api.ts';
import { skmKeys } from './keys.ts';

export type UnitLayanan = z.infer<typeof UnitLayananSchema>[number];

/** GET /skm/unit — service units the signed-in account may run surveys for. */
export const getUnitList = (signal?: AbortSignal) => api<UnitLayanan[]>('/skm/unit', { signal });

export const unitListQuery = () =>
  queryOptions({ queryKey: skmKeys.unitList(), queryFn: ({ signal }) => getUnitList(signal), staleTime: 5 * 60_000 });

export const useUnitList = (enabled = true) => useQuery({ ...unitListQuery(), enabled });
