import { useQuery } from '@tanstack/react-query';
import type { Lokasi } from '../../../../contracts/antrian-setup.ts';
import { api } from '../../../lib/api.ts';
import { antrianAdminKeys } from './keys.ts';

/** GET /antrian/lokasi (antrian:kelola): the lokasi this account may manage. */
export const getLokasiList = (signal?: AbortSignal) => api<Lokasi[]>('/antrian/lokasi', { signal });
export const useLokasiList = () => useQuery({ queryKey: antrianAdminKeys.lokasiList(), queryFn: ({ signal }) => getLokasiList(signal) });
