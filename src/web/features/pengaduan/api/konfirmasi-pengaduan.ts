import { useMutation } from '@tanstack/react-query';
import type { KonfirmasiPengaduanBody, PengaduanPublik } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';

/** POST /pengaduan/lacak/konfirmasi (public) — "was it resolved?": tuntas → selesai, otherwise reopened. 409 when not asked. */
export const konfirmasiPengaduan = (body: KonfirmasiPengaduanBody) =>
  api<PengaduanPublik>('/pengaduan/lacak/konfirmasi', { method: 'POST', body });

export const useKonfirmasiPengaduan = () => useMutation({ mutationFn: konfirmasiPengaduan });
