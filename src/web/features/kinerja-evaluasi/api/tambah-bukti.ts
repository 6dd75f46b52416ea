import type { Bukti, BuktiTautanInput } from '../../../../contracts/kinerja-realisasi.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiEvaluasi } from './mutasi.ts';

type Tujuan = { indikatorId: number; ke: number };

/**
 * POST /kinerja/indikator/:id/periode/:ke/bukti [pemilik] — a bukti dukung for the indikator's realisasi
 * of period `ke`: either a file (multipart, part `berkas`: PDF/JPEG/PNG checked by content, at most
 * LAYANAN_MAKS_BERKAS_MB; 400 `berkas`) or a link (JSON {tautan, nama}; http/https only; 400 `body.tautan`).
 * 409 when the period is rated or the year ditetapkan.
 */
export function tambahBukti(v: Tujuan & ({ berkas: File } | { tautan: BuktiTautanInput })): Promise<Bukti> {
  const path = `/kinerja/indikator/${v.indikatorId}/periode/${v.ke}/bukti`;
  if ('berkas' in v) {
    const fd = new FormData();
    fd.append('berkas', v.berkas, v.berkas.name);
    return api<Bukti>(path, { method: 'POST', body: fd });
  }
  return api<Bukti>(path, { method: 'POST', body: v.tautan });
}
export const useTambahBukti = () => useMutasiEvaluasi(tambahBukti);
