import type { PengaturanTahunDetail, PengaturanTahunUbah } from '../../../../contracts/kinerja-dokumen.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiKinerjaOpd } from './keys.ts';

/**
 * PUT /kinerja/tahun/:tahun {jenisPeriode, batasKeberatanHariKerja (1–60 working days), batasPenyusunanSkp}
 * (kinerja:kelola; audited). 409 PERIODE_TERKUNCI when the period kind changes in a year that already has
 * realisasi or penilaian; 400 names the field.
 */
export const updatePengaturanTahun = ({ tahun, ...body }: PengaturanTahunUbah & { tahun: number }) =>
  api<PengaturanTahunDetail>(`/kinerja/tahun/${tahun}`, { method: 'PUT', body });
export const useUpdatePengaturanTahun = () => useMutasiKinerjaOpd(updatePengaturanTahun);
