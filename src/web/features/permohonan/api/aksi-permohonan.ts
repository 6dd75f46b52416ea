import type { AksiBody, PermohonanDetail } from '../../../../contracts/permohonan.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiStaf } from './mutasi.ts';

/**
 * POST /permohonan/:id/aksi {aksi, revisi, catatan?, perbaikan?, alasan?} → the case after the transition.
 * 409 when `revisi` is stale or the transition is not allowed from the current status; 400 per field
 * (`body.perbaikan`, `body.alasan`); selesaikan of an 'unduh' case without the product → 409/400.
 */
export const aksiPermohonan = ({ id, ...body }: AksiBody & { id: number }) =>
  api<PermohonanDetail>(`/permohonan/${id}/aksi`, { method: 'POST', body });
export const useAksiPermohonan = () => useMutasiStaf(aksiPermohonan);
