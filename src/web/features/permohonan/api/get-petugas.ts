import { useQuery } from '@tanstack/react-query';
import type { Petugas } from '../../../../contracts/permohonan.ts';
import { api } from '../../../lib/api.ts';
import { permohonanKeys } from './keys.ts';

/** GET /permohonan/petugas: the assignable petugas of my OPD with their open case counts. */
export const getPetugas = (signal?: AbortSignal) => api<Petugas[]>('/permohonan/petugas', { signal });
export const usePetugas = () =>
  useQuery({ queryKey: permohonanKeys.petugas(), queryFn: ({ signal }) => getPetugas(signal), staleTime: 60_000 });
