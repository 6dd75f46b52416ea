import type { PertahankanBody, PredikatOrganisasiDto } from '../../../../contracts/kinerja-penilaian.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiKinerjaOpd } from './keys.ts';

export type Pertahankan = PertahankanBody & { unitId: number; tahun: number; periodeKe: number };

/**
 * POST /kinerja/organisasi/:unitId/:tahun/:ke/pertahankan {alasan ≥ 10 characters} (kinerja:opd, scoped) →
 * the predikat organisasi with the recorded reason and a snapshot of the warnings (kinerja.md §1.7: the
 * leader keeps an outlier with a reason). 400 `body.alasan`.
 */
export const pertahankanDistribusi = ({ unitId, tahun, periodeKe, ...body }: Pertahankan) =>
  api<PredikatOrganisasiDto>(`/kinerja/organisasi/${unitId}/${tahun}/${periodeKe}/pertahankan`, { method: 'POST', body });
export const usePertahankanDistribusi = () => useMutasiKinerjaOpd(pertahankanDistribusi);
