import type { PermohonanDetail } from '../../../../contracts/permohonan.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiStaf } from './mutasi.ts';

/**
 * POST /permohonan/:id/hasil (multipart, one PDF in field `berkas`): the digital product of an 'unduh'
 * case. 400 `berkas` when it is not a PDF (checked by content) or too large.
 */
export function unggahHasil({ id, file }: { id: number; file: File }) {
  const fd = new FormData();
  fd.append('berkas', file, file.name);
  return api<PermohonanDetail>(`/permohonan/${id}/hasil`, { method: 'POST', body: fd });
}
export const useUnggahHasil = () => useMutasiStaf(unggahHasil);
