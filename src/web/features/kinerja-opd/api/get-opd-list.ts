import { useQuery } from '@tanstack/react-query';
import type { Opd } from '../../../../contracts/org.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaOpdKeys } from './keys.ts';

/** GET /org/unit (public): the active OPDs — the OPD filter of the SIASN export. */
export const getOpdList = (signal?: AbortSignal) => api<Opd[]>('/org/unit', { signal });

/** The OPD list (changes rarely: cached 5 minutes). */
export const useOpdList = () => useQuery({ queryKey: kinerjaOpdKeys.opd(), queryFn: ({ signal }) => getOpdList(signal), staleTime: 5 * 60_000 });
