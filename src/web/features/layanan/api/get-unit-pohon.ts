import { useQuery } from '@tanstack/react-query';
import type { UnitPohon } from '../../../../contracts/org.ts';
import { api } from '../../../lib/api.ts';
import { layananKeys } from './keys.ts';

/** GET /org/unit/pohon (org:lihat: admin, admin OPD…): the unit tree, to choose the unit of a layanan. */
export const getUnitPohon = (signal?: AbortSignal) => api<UnitPohon[]>('/org/unit/pohon', { signal });
export const useUnitPohon = () => useQuery({ queryKey: layananKeys.unit(), queryFn: ({ signal }) => getUnitPohon(signal), staleTime: 300_000 });
