import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PerbaikanData, PermohonanLacak } from '../../../../contracts/permohonan.ts';
import { api } from '../../../lib/api.ts';
import { permohonanKeys } from './keys.ts';

/**
 * POST /permohonan/lacak/perbaikan (public, multipart): `data` = JSON {@link PerbaikanData} (nomor,
 * kodeAkses, catatan?, isian?) + replacement files `berkas.<kode>` → the updated view (status back to
 * diajukan, SLA clock running again). 400 per field (`berkas.<kode>`), 404 wrong pair, 409 not waiting
 * for a correction.
 */
export function kirimPerbaikan(o: { data: PerbaikanData; berkas: Record<string, File> }) {
  const fd = new FormData();
  fd.append('data', JSON.stringify(o.data));
  for (const [kode, f] of Object.entries(o.berkas)) fd.append(`berkas.${kode}`, f, f.name);
  return api<PermohonanLacak>('/permohonan/lacak/perbaikan', { method: 'POST', body: fd });
}

export function useKirimPerbaikan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: kirimPerbaikan,
    onSuccess: (view) => qc.setQueriesData({ queryKey: permohonanKeys.lacak(view.nomor) }, view),
  });
}
