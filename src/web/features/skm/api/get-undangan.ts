import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SurveiPublik } from '../../../../contracts/skm.ts';
import { api } from '../../../lib/api.ts';
import { skmKeys } from './keys.ts';

/**
 * GET /skm/publik/undangan/:token — the questionnaire behind a one-time invitation.
 * 410 when the invitation was used or expired, 404 when unknown; the problem's detail is shown as is.
 */
export const getUndangan = (token: string, signal?: AbortSignal) =>
  api<SurveiPublik>(`/skm/publik/undangan/${encodeURIComponent(token)}`, { signal });

export const undanganQuery = (token: string) =>
  queryOptions({
    queryKey: skmKeys.publikUndangan(token),
    queryFn: ({ signal }) => getUndangan(token, signal),
    // A used token stays used: never refetch behind the citizen's back.
    staleTime: Infinity,
  });

export const useUndangan = (token: string, enabled = true) => useQuery({ ...undanganQuery(token), enabled });
