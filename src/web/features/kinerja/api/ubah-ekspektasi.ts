import type { EkspektasiBody, SkpDetail } from '../../../../contracts/kinerja-skp.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSkp } from './mutasi.ts';

/**
 * PUT /kinerja/skp/:id/perilaku {revisi?, ekspektasi: {kode: text | null}} [penilai; until penetapan] →
 * the SKP. A text sets the ekspektasi khusus of that BerAKHLAK value, null/'' clears it, a value left out
 * stays. 400 per field (`body.ekspektasi.adaptif`), 409 REVISI_USANG / TERKUNCI.
 */
export const ubahEkspektasi = ({ id, ...body }: EkspektasiBody & { id: number }) =>
  api<SkpDetail>(`/kinerja/skp/${id}/perilaku`, { method: 'PUT', body });
export const useUbahEkspektasi = () => useMutasiSkp(ubahEkspektasi);
