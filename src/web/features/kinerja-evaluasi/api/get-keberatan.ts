import { useQuery } from '@tanstack/react-query';
import type { KeberatanList } from '../../../../contracts/kinerja-penilaian.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaEvaluasiKeys } from './keys.ts';

/** GET /kinerja/keberatan [kinerja:skp] → `{ milikSaya, untukDiputus }` (open ones first). */
export const getKeberatan = (signal?: AbortSignal) => api<KeberatanList>('/kinerja/keberatan', { signal });

export const useKeberatan = () => useQuery({ queryKey: kinerjaEvaluasiKeys.keberatan(), queryFn: ({ signal }) => getKeberatan(signal) });
