import { useMutation } from '@tanstack/react-query';
import type { LacakPengaduanBody, PengaduanPublik } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';

/**
 * POST /pengaduan/lacak (public) — the reporter's view of a case. The pair travels in the body, never in
 * the URL. 400 a malformed number/code, 404 a wrong pair (the same message whichever half is wrong).
 */
export const lacakPengaduan = (body: LacakPengaduanBody) => api<PengaduanPublik>('/pengaduan/lacak', { method: 'POST', body });

export const useLacakPengaduan = () => useMutation({ mutationFn: lacakPengaduan });
