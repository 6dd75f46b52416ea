import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SurveiPublikListSchema } from '../../../../contracts/skm.ts';
import { api } from '../../../lib/api.ts';
import { skmKeys } from './keys.ts';

/** An active survey as listed on the public portal (no questions). */
export type SurveiPublikRingkas = z.infer<typeof SurveiPublikListSchema>[number];

/** GET /skm/publik/survei — active surveys, no login. */
export const getSurveiPublikList = (signal?: AbortSignal) =>
  api<SurveiPublikRingkas[]>('/skm/publik/survei', { signal });

export const surveiPublikListQuery = () =>
  queryOptions({ queryKey: skmKeys.publikList(), queryFn: ({ signal }) => getSurveiPublikList(signal), staleTime: 60_000 });

export const useSurveiPublikList = () => useQuery(surveiPublikListQuery());
