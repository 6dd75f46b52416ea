import type { PenetapanBody, PenetapanHasil } from '../../../../contracts/kinerja-penilaian.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiKinerjaOpd } from './keys.ts';

/**
 * POST /kinerja/penetapan {opdId, tahun} (kinerja:opd; admin, admin OPD, kepala OPD) → 201: every annual
 * penilaian of the OPD is locked and gets batasKeberatan = today + N working days of the year's setting;
 * pegawai are notified. 409 when already done.
 */
export const createPenetapan = (body: PenetapanBody) => api<PenetapanHasil>('/kinerja/penetapan', { method: 'POST', body });
export const useCreatePenetapan = () => useMutasiKinerjaOpd(createPenetapan);
