import { useQuery } from '@tanstack/react-query';
import type { PermohonanDetail } from '../../../../contracts/permohonan.ts';
import { api } from '../../../lib/api.ts';
import { permohonanKeys } from './keys.ts';

/** GET /permohonan/:id (layanan:proses, own OPD): everything staff need to decide; 404 outside my scope. */
export const getPermohonan = (id: number, signal?: AbortSignal) => api<PermohonanDetail>(`/permohonan/${id}`, { signal });

export const usePermohonan = (id: number) =>
  useQuery({ queryKey: permohonanKeys.detail(id), queryFn: ({ signal }) => getPermohonan(id, signal), enabled: id > 0 });

/** GET /permohonan/:id/berkas/:berkasId — a file of the case for staff (same-origin cookie session). */
export const urlBerkasStaf = (id: number, berkasId: number) => `/api/v1/permohonan/${id}/berkas/${berkasId}`;
