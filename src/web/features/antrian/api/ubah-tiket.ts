import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TiketPublik } from '../../../../contracts/antrian.ts';
import { api } from '../../../lib/api.ts';
import { antrianKeys } from './keys.ts';

/** POST /antrian/publik/tiket/:kode/batal — 403 wrong NIK digits, 409 no longer possible. */
export const batalTiket = (kode: string, nik: string) =>
  api<TiketPublik>(`/antrian/publik/tiket/${encodeURIComponent(kode)}/batal`, { method: 'POST', body: { nik } });

/** POST /antrian/publik/tiket/:kode/jadwal-ulang — 400 field errors, 403, 409 full / no longer possible. */
export const jadwalUlangTiket = (kode: string, body: { nik: string; tanggal: string; sesiId: number }) =>
  api<TiketPublik>(`/antrian/publik/tiket/${encodeURIComponent(kode)}/jadwal-ulang`, { method: 'POST', body });

const useUbahTiket = <V,>(kode: string, fn: (v: V) => Promise<TiketPublik>) => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: (t) => qc.setQueryData(antrianKeys.tiket(kode), t) });
};
export const useBatalTiket = (kode: string) => useUbahTiket(kode, (nik: string) => batalTiket(kode, nik));
export const useJadwalUlangTiket = (kode: string) =>
  useUbahTiket(kode, (b: { nik: string; tanggal: string; sesiId: number }) => jadwalUlangTiket(kode, b));
