import type { PengaturanPengaduan } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiAdmin } from './mutasi-admin.ts';

/** PUT /admin/pengaduan/pengaturan — 400 field errors (1–60 working days each). */
export const updatePengaturan = (body: PengaturanPengaduan) =>
  api<PengaturanPengaduan>('/admin/pengaduan/pengaturan', { method: 'PUT', body });

export const useUpdatePengaturan = () => useMutasiAdmin(updatePengaturan);
