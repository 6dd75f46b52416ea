import type { PermohonanDetail, TugaskanBody } from '../../../../contracts/permohonan.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiStaf } from './mutasi.ts';

/** POST /permohonan/:id/tugaskan {petugasId | null, otomatis?, revisi} → the case; 409 stale revisi. */
export const tugaskan = ({ id, ...body }: TugaskanBody & { id: number }) =>
  api<PermohonanDetail>(`/permohonan/${id}/tugaskan`, { method: 'POST', body });
export const useTugaskan = () => useMutasiStaf(tugaskan);
