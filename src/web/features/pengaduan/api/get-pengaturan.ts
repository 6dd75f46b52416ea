import { useQuery } from '@tanstack/react-query';
import type { PengaturanPengaduan } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';
import { pengaduanKeys } from './keys.ts';

/** GET /admin/pengaduan/pengaturan — the LAPOR! limits in working days. */
export const getPengaturan = (signal?: AbortSignal) => api<PengaturanPengaduan>('/admin/pengaduan/pengaturan', { signal });

export const usePengaturan = () => useQuery({ queryKey: pengaduanKeys.pengaturan(), queryFn: ({ signal }) => getPengaturan(signal) });
