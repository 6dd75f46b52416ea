import type { KategoriAdmin, KategoriUbah } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiAdmin } from './mutasi-admin.ts';

/** PATCH /admin/pengaduan/kategori/:id — name, description, default OPD, active; the kode stays (Open311 clients use it). */
export const updateKategori = ({ id, ...body }: KategoriUbah & { id: number }) =>
  api<KategoriAdmin>(`/admin/pengaduan/kategori/${id}`, { method: 'PATCH', body });

export const useUpdateKategori = () => useMutasiAdmin(updateKategori);
