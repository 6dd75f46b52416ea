import { useQuery } from '@tanstack/react-query';
import type { KoefisienAkList } from '../../../../contracts/kinerja-dokumen.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaOpdKeys } from './keys.ts';

/** GET /kinerja/koefisien-ak (kinerja:opd): the koefisien angka kredit per jenjang JF (kinerja.md §1.9a). */
export const getKoefisienAk = (signal?: AbortSignal) => api<KoefisienAkList>('/kinerja/koefisien-ak', { signal });

export const useKoefisienAk = () => useQuery({ queryKey: kinerjaOpdKeys.koefisien(), queryFn: ({ signal }) => getKoefisienAk(signal) });
