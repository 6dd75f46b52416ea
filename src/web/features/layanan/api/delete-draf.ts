import { api } from '../../../lib/api.ts';
import { useMutasiLayanan } from './mutasi.ts';

/** DELETE /admin/layanan/:id/standar/:versi: discards a draft (409 once published). */
export const deleteDraf = ({ id, versi }: { id: number; versi: number }) =>
  api<void>(`/admin/layanan/${id}/standar/${versi}`, { method: 'DELETE' });
export const useDeleteDraf = () => useMutasiLayanan(deleteDraf);
