import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** POST /permohonan/:id/nik → the whole NIK/KK for staff who must check them; every call is audited. */
export const tampilkanNik = (id: number) => api<{ nik: string; kk: string | null }>(`/permohonan/${id}/nik`, { method: 'POST' });
export const useTampilkanNik = () => useMutation({ mutationFn: tampilkanNik });
