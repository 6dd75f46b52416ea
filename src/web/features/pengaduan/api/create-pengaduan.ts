import { useMutation } from '@tanstack/react-query';
import { FIELD_FOTO, type PengaduanBaru, type PengaduanDataInput } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';

/**
 * POST /pengaduan (public, multipart/form-data): field `data` = the JSON report, files `foto` (0–3
 * JPEG/PNG). 201 → nomor, kode akses (shown once), batas verifikasi. 400 field errors (`data.judul`,
 * `foto`, …), 413 a photo too large, 429 too many reports from this address.
 */
export function createPengaduan(data: PengaduanDataInput, foto: File[], idempotencyKey: string): Promise<PengaduanBaru> {
  const fd = new FormData();
  fd.append('data', JSON.stringify(data));
  for (const f of foto) fd.append(FIELD_FOTO, f, f.name);
  return api<PengaduanBaru>('/pengaduan', { method: 'POST', body: fd, headers: { 'idempotency-key': idempotencyKey } });
}

export const useCreatePengaduan = (idempotencyKey: string) =>
  useMutation({ mutationFn: ({ data, foto }: { data: PengaduanDataInput; foto: File[] }) => createPengaduan(data, foto, idempotencyKey) });
