import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoketSaya } from '../../../../contracts/antrian-loket.ts';
import { api } from '../../../lib/api.ts';
import { loketKeys } from './keys.ts';

/** POST /antrian/loket/masuk { loketId } and POST /antrian/loket/keluar. */
export const masukLoket = (loketId: number) => api<LoketSaya>('/antrian/loket/masuk', { method: 'POST', body: { loketId } });
export const keluarLoket = () => api<LoketSaya>('/antrian/loket/keluar', { method: 'POST' });

export function useMasukKeluar() {
  const qc = useQueryClient();
  const onSuccess = (s: LoketSaya) => {
    qc.setQueryData(loketKeys.saya(), s);
    return qc.invalidateQueries({ queryKey: loketKeys.antrean() });
  };
  return {
    masuk: useMutation({ mutationFn: masukLoket, onSuccess }),
    keluar: useMutation({ mutationFn: keluarLoket, onSuccess }),
  };
}
