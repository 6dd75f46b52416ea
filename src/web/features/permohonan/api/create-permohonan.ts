import { useMutation } from '@tanstack/react-query';
import type { PermohonanAjukanData, PermohonanDiterima } from '../../../../contracts/permohonan.ts';
import { api } from '../../../lib/api.ts';

/**
 * POST /permohonan (public, multipart): field `data` = JSON {@link PermohonanAjukanData}, one file per
 * persyaratan item as `berkas.<kode>`. 201 → {nomor, kodeAkses (shown once), status, jatuhTempo}; a
 * replay of the same Idempotency-Key returns the same case. 400 with per-field errors (`pemohon.nik`,
 * `berkas.<kode>`…), 404 unknown layanan, 413 file too large, 429 too many submissions.
 */
export function createPermohonan(o: { data: PermohonanAjukanData; berkas: Record<string, File>; idempotencyKey: string }) {
  const fd = new FormData();
  fd.append('data', JSON.stringify(o.data));
  for (const [kode, f] of Object.entries(o.berkas)) fd.append(`berkas.${kode}`, f, f.name);
  return api<PermohonanDiterima>('/permohonan', { method: 'POST', body: fd, headers: { 'idempotency-key': o.idempotencyKey } });
}

export const useCreatePermohonan = () => useMutation({ mutationFn: createPermohonan });
