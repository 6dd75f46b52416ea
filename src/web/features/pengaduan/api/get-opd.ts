import { useQuery } from '@tanstack/react-query';
import type { Opd } from '../../../../contracts/org.ts';
import { api } from '../../../lib/api.ts';
import { pengaduanKeys } from './keys.ts';

/** GET /org/unit (public) — the active OPDs: forwarding targets and category defaults. */
export const getOpd = (signal?: AbortSignal) => api<Opd[]>('/org/unit', { signal });

export const useOpd = (enabled = true) =>
  useQuery({ queryKey: pengaduanKeys.opd(), queryFn: ({ signal }) => getOpd(signal), staleTime: 10 * 60_000, enabled });
