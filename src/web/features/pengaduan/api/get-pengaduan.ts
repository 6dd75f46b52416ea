import { useQuery } from '@tanstack/react-query';
import type { PengaduanStaf } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';
import { pengaduanKeys } from './keys.ts';

/** GET /pengaduan/:id (pengaduan:tindaklanjut; own OPD unless coordinator) — 403 outside the scope, 404 unknown. */
export const getPengaduan = (id: number, signal?: AbortSignal) => api<PengaduanStaf>(`/pengaduan/${id}`, { signal });

export const usePengaduan = (id: number | null) =>
  useQuery({ queryKey: pengaduanKeys.detail(id ?? 0), queryFn: ({ signal }) => getPengaduan(id!, signal), enabled: id != null && id > 0 });

/** URL of a photo of a case (served to staff only; same-origin cookie). */
export const urlLampiran = (id: number, lampiranId: number) => `/api/v1/pengaduan/${id}/lampiran/${lampiranId}`;
