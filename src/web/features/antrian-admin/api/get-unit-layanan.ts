import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { antrianAdminKeys } from './keys.ts';

export type UnitPilihan = { id: number; nama: string; opdId: number | null; opdNama: string | null };

/** GET /org/unit/layanan (login): service units the account may use (admin OPD: its own OPD). */
export const getUnitLayanan = (signal?: AbortSignal) => api<UnitPilihan[]>('/org/unit/layanan', { signal });
export const useUnitLayanan = () => useQuery({ queryKey: antrianAdminKeys.unit(), queryFn: ({ signal }) => getUnitLayanan(signal), staleTime: 300_000 });
