import type { JenjangJf, KoefisienAk, KoefisienAkUbah } from '../../../../contracts/kinerja-dokumen.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiKinerjaOpd } from './keys.ts';

/**
 * PUT /kinerja/koefisien-ak/:jenjang {koefisien (> 0, ≤ 100 AK per year)} (kinerja:kelola; audited on the
 * server) → the row. 400 `body.koefisien`.
 */
export const updateKoefisienAk = ({ jenjang, ...body }: KoefisienAkUbah & { jenjang: JenjangJf }) =>
  api<KoefisienAk>(`/kinerja/koefisien-ak/${jenjang}`, { method: 'PUT', body });
export const useUpdateKoefisienAk = () => useMutasiKinerjaOpd(updateKoefisienAk);
