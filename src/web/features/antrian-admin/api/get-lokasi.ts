import { useQuery } from '@tanstack/react-query';
import type { LokasiDetail } from '../../../../contracts/antrian-setup.ts';
import { api } from '../../../lib/api.ts';
import { antrianAdminKeys } from './keys.ts';

/** GET /antrian/lokasi/:id (antrian:kelola): lokasi + layanan, sesi, loket, hari tutup, layar. 403 other OPD. */
export const getLokasi = (id: number, signal?: AbortSignal) => api<LokasiDetail>(`/antrian/lokasi/${id}`, { signal });
export const useLokasi = (id: number) => useQuery({ queryKey: antrianAdminKeys.lokasi(id), queryFn: ({ signal }) => getLokasi(id, signal), enabled: id > 0 });
