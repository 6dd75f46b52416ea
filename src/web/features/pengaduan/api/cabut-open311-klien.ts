import type { Open311Klien } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiAdmin } from './mutasi-admin.ts';

/** POST /admin/open311/klien/:id/cabut — revokes the key at once (the client's reports stay). */
export const cabutOpen311Klien = (id: number) => api<Open311Klien>(`/admin/open311/klien/${id}/cabut`, { method: 'POST' });

export const useCabutOpen311Klien = () => useMutasiAdmin(cabutOpen311Klien);
