import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BuatSkpBody, SkpDetail } from '../../../../contracts/kinerja-skp.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaKeys } from './keys.ts';

/**
 * POST /kinerja/skp {tahun, pendekatan, alasanBaru?} [kinerja:skp] → 201 the new draft SKP of the caller.
 * After a change of jabatan the running SKP ends with the current period and the new one starts with the
 * next (mutasi/promosi). 409 SKP_SUDAH_ADA (same jabatan), 403 BUKAN_PEGAWAI (account without a pegawai).
 */
export const buatSkp = (body: BuatSkpBody) => api<SkpDetail>('/kinerja/skp', { method: 'POST', body });

export function useBuatSkp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: buatSkp,
    onSuccess: (d) => qc.setQueryData(kinerjaKeys.skp(d.id), d),
    onSettled: () => qc.invalidateQueries({ queryKey: kinerjaKeys.semua }),
  });
}
