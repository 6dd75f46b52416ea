import { api } from '../../../lib/api.ts';
import { useMutasiEvaluasi } from './mutasi.ts';

/** DELETE /kinerja/bukti/:id [pemilik; not after the period is rated] → 204. */
export const hapusBukti = (id: number) => api<void>(`/kinerja/bukti/${id}`, { method: 'DELETE' });
export const useHapusBukti = () => useMutasiEvaluasi(hapusBukti);
