import type { KembalikanBody, SkpDetail } from '../../../../contracts/kinerja-skp.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSkp } from './mutasi.ts';

/**
 * POST /kinerja/skp/:id/kembalikan {revisi, catatan} [penilai; diajukan] → the SKP, dikembalikan; the
 * pegawai sees the note. 400 `body.catatan` when empty, 409 REVISI_USANG.
 */
export const kembalikanSkp = ({ id, ...body }: KembalikanBody & { id: number }) =>
  api<SkpDetail>(`/kinerja/skp/${id}/kembalikan`, { method: 'POST', body });
export const useKembalikanSkp = () => useMutasiSkp(kembalikanSkp);
