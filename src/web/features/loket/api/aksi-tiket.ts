import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AksiKonsol, AlihkanBody, Prioritas, TiketLoket } from '../../../../contracts/antrian-loket.ts';
import { api } from '../../../lib/api.ts';
import { loketKeys } from './keys.ts';

/** POST /antrian/loket/panggil — call the next ticket. */
export const panggilBerikutnya = () => api<TiketLoket>('/antrian/loket/panggil', { method: 'POST' });
/** POST /antrian/loket/tiket/:id/{panggil-ulang|mulai|selesai|tahan|lanjutkan|lewati}. */
export const aksiTiket = (id: number, aksi: AksiKonsol) => api<TiketLoket>(`/antrian/loket/tiket/${id}/${aksi}`, { method: 'POST' });
/** POST /antrian/loket/tiket/:id/alihkan { layananId?, loketId? }. */
export const alihkanTiket = (id: number, body: AlihkanBody) => api<TiketLoket>(`/antrian/loket/tiket/${id}/alihkan`, { method: 'POST', body });
/** POST /antrian/loket/tiket/:id/prioritas { prioritas }. */
export const aturPrioritas = (id: number, prioritas: Prioritas | null) =>
  api<TiketLoket>(`/antrian/loket/tiket/${id}/prioritas`, { method: 'POST', body: { prioritas } });

/** One mutation for every console action; refetches the console state and the line afterwards. */
export function useAksiKonsol() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { jenis: 'panggil' } | { jenis: AksiKonsol; id: number } | { jenis: 'alihkan'; id: number; body: AlihkanBody } | { jenis: 'prioritas'; id: number; prioritas: Prioritas | null }) => {
      if (a.jenis === 'panggil') return panggilBerikutnya();
      if (a.jenis === 'alihkan') return alihkanTiket(a.id, a.body);
      if (a.jenis === 'prioritas') return aturPrioritas(a.id, a.prioritas);
      return aksiTiket(a.id, a.jenis);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: loketKeys.semua }),
  });
}
