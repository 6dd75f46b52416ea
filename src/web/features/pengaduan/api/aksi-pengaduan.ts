import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AksiPengaduanBody, PengaduanStaf } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';
import { pengaduanKeys } from './keys.ts';

/**
 * POST /pengaduan/:id/aksi — verifikasi, teruskan, tolak, tanggapi, tindak_lanjut, tutup with the `revisi`
 * the user saw. 400 field errors (isi, unitId, hasil), 403 outside the scope, 409 a stale revisi or an
 * action the status does not allow.
 */
export const aksiPengaduan = ({ id, ...body }: AksiPengaduanBody & { id: number }) =>
  api<PengaduanStaf>(`/pengaduan/${id}/aksi`, { method: 'POST', body });

/** The action; on success the case's detail is replaced by the answer and every staff list refreshes. */
export function useAksiPengaduan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: aksiPengaduan,
    onSuccess: (p) => {
      qc.setQueryData(pengaduanKeys.detail(p.id), p);
      void qc.invalidateQueries({ queryKey: [...pengaduanKeys.staf, 'list'] });
    },
  });
}
