import type { StandarVersi, Terbit } from '../../../../contracts/layanan.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiLayanan } from './mutasi.ts';

/**
 * POST /admin/layanan/:id/standar/:versi/terbit {skNomor, berlakuMulai?}: publishes a draft (omitted start
 * = now; a date = 00:00 WIB; never in the past). 400 body.berlakuMulai / body.skNomor.
 */
export const terbitStandar = ({ id, versi, ...body }: Terbit & { id: number; versi: number }) =>
  api<StandarVersi>(`/admin/layanan/${id}/standar/${versi}/terbit`, { method: 'POST', body });
export const useTerbitStandar = () => useMutasiLayanan(terbitStandar);
