import type { MassalBody, MassalHasil } from '../../../../contracts/permohonan.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiStaf } from './mutasi.ts';

/**
 * POST /permohonan/massal {ids, aksi: 'tugaskan'|'verifikasi'|'proses', petugasId?} → {hasil: [{id, ok,
 * pesan}]}: each case succeeds or fails on its own (one failure does not undo the others).
 */
export const aksiMassal = (body: MassalBody) => api<MassalHasil>('/permohonan/massal', { method: 'POST', body });
export const useAksiMassal = () => useMutasiStaf(aksiMassal);
