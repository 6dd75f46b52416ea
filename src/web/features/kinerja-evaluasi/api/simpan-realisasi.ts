import type { Realisasi, RealisasiInput } from '../../../../contracts/kinerja-realisasi.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiEvaluasi } from './mutasi.ts';

/**
 * PUT /kinerja/realisasi {indikatorId, periodeKe, angka?, narasi?, catatan?} [pemilik] → the realisasi.
 * A field left out stays; null clears it. On an automatic indikator only `catatan` may be sent (409
 * REALISASI_OTOMATIS otherwise). 400 per field (`body.angka`, `body.narasi`, `body.catatan`); 409 when the
 * period is rated or the year ditetapkan.
 */
export const simpanRealisasi = (body: RealisasiInput) => api<Realisasi>('/kinerja/realisasi', { method: 'PUT', body });
export const useSimpanRealisasi = () => useMutasiEvaluasi(simpanRealisasi);
