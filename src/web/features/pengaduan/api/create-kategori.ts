import type { KategoriAdmin, KategoriBuat } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiAdmin } from './mutasi-admin.ts';

/** POST /admin/pengaduan/kategori — 201; 400 field errors; 409 a kode already used. */
export const createKategori = (body: KategoriBuat) => api<KategoriAdmin>('/admin/pengaduan/kategori', { method: 'POST', body });

export const useCreateKategori = () => useMutasiAdmin(createKategori);
