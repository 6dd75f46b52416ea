import type { PredikatOrganisasiBody, PredikatOrganisasiDto } from '../../../../contracts/kinerja-penilaian.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiKinerjaOpd } from './keys.ts';

export type SetPredikatOrganisasi = PredikatOrganisasiBody & { unitId: number; tahun: number; periodeKe: number };

/**
 * PUT /kinerja/organisasi/:unitId/:tahun/:ke {predikat, capaian?} (kinerja:opd, scoped: admin, admin OPD,
 * the head of the parent unit) → the unit's predikat kinerja organisasi (kinerja.md §1.7 step 1). Changing
 * the predikat clears a recorded reason. 404 outside scope; 400 `body.predikat`.
 */
export const setPredikatOrganisasi = ({ unitId, tahun, periodeKe, ...body }: SetPredikatOrganisasi) =>
  api<PredikatOrganisasiDto>(`/kinerja/organisasi/${unitId}/${tahun}/${periodeKe}`, { method: 'PUT', body });
export const useSetPredikatOrganisasi = () => useMutasiKinerjaOpd(setPredikatOrganisasi);
