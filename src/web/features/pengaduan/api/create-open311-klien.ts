import type { Open311Klien } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiAdmin } from './mutasi-admin.ts';

/** POST /admin/open311/klien — 201 {klien, apiKey}: the key is shown once and stored hashed. 400 field `nama`. */
export const createOpen311Klien = (body: { nama: string }) =>
  api<{ klien: Open311Klien; apiKey: string }>('/admin/open311/klien', { method: 'POST', body });

export const useCreateOpen311Klien = () => useMutasiAdmin(createOpen311Klien);
