import { useMutation } from '@tanstack/react-query';
import type { BalasPengaduanBody, PengaduanPublik } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';

/** POST /pengaduan/lacak/balas (public) — the reporter's reply; reopens a followed-up or resolved case. 409 when closed. */
export const balasPengaduan = (body: BalasPengaduanBody) => api<PengaduanPublik>('/pengaduan/lacak/balas', { method: 'POST', body });

export const useBalasPengaduan = () => useMutation({ mutationFn: balasPengaduan });
