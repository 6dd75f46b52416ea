import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LokasiKiosk, Prioritas, TiketPublik } from '../../../../contracts/antrian.ts';
import { api } from '../../../lib/api.ts';
import { antrianKeys } from './keys.ts';

/** GET /antrian/kiosk/lokasi — lokasi of the petugas's OPD with today's walk-in places (petugas only). */
export const getKioskLokasi = (signal?: AbortSignal) => api<LokasiKiosk[]>('/antrian/kiosk/lokasi', { signal });
export const useKioskLokasi = (enabled: boolean) =>
  useQuery({ queryKey: antrianKeys.kiosk(), queryFn: ({ signal }) => getKioskLokasi(signal), enabled, refetchInterval: 30_000 });

/** POST /antrian/kiosk/walkin — 201 ticket; 409 DI_LUAR_JAM_LAYANAN / WALKIN_PENUH. */
export const createWalkin = (body: { lokasiId: number; layananId: number; prioritas: Prioritas | null }) =>
  api<TiketPublik>('/antrian/kiosk/walkin', { method: 'POST', body });

/** POST /antrian/kiosk/check-in — 200 ticket; 409 too early (message names the time); 410 too late. */
export const checkIn = (body: { lokasiId: number; kode: string }) =>
  api<TiketPublik>('/antrian/kiosk/check-in', { method: 'POST', body });

export function useCreateWalkin() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createWalkin, onSettled: () => qc.invalidateQueries({ queryKey: antrianKeys.kiosk() }) });
}
export const useCheckIn = () => useMutation({ mutationFn: checkIn });
