import type { UmpanBalik, UmpanBalikInput } from '../../../../contracts/kinerja-realisasi.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiEvaluasi } from './mutasi.ts';

/**
 * POST /kinerja/skp/:id/periode/:ke/umpan-balik {rhkId|null, isi} [penilai writes, pemilik answers] → the
 * new entry (umpan balik berkelanjutan, kinerja.md §1.8). 400 `body.isi`; 409 after penetapan.
 */
export const kirimUmpanBalik = ({ skpId, ke, ...body }: UmpanBalikInput & { skpId: number; ke: number }) =>
  api<UmpanBalik>(`/kinerja/skp/${skpId}/periode/${ke}/umpan-balik`, { method: 'POST', body });
export const useKirimUmpanBalik = () => useMutasiEvaluasi(kirimUmpanBalik);
