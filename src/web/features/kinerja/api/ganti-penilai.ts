import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SkpDetail, UbahPenilaiBody } from '../../../../contracts/kinerja-skp.ts';
import type { PegawaiPage } from '../../../../contracts/org.ts';
import { api } from '../../../lib/api.ts';
import { useMutasiSkp } from './mutasi.ts';

/**
 * PATCH /kinerja/skp/:id/penilai {penilaiId, alasan (10–1000 characters), revisi?} [kinerja:kelola = BKPSDM
 * admin] → the SKP with its new pejabat penilai; the atasan pejabat penilai is recomputed from the new
 * penilai's atasan (kinerja.md §1.3: the structural atasan by default, overrides allowed). Recorded in the
 * SKP history and the audit log; a submitted SKP is announced to the new penilai.
 * 400 `body.penilaiId` (unknown/inactive pegawai, or the pemilik) / `body.alasan`; 409 REVISI_USANG, TERKUNCI.
 */
export const gantiPenilai = ({ id, ...body }: UbahPenilaiBody & { id: number }) =>
  api<SkpDetail>(`/kinerja/skp/${id}/penilai`, { method: 'PATCH', body });
export const useGantiPenilai = () => useMutasiSkp(gantiPenilai);

/**
 * GET /org/pegawai?q&per_page=20 [org:lihat] — candidate pejabat penilai: active pegawai whose name contains
 * `q` (case-insensitive) or whose NIP starts with it, within the caller's scope (BKPSDM: the whole city).
 * Only runs for `q` of 2+ characters.
 */
export const cariPegawai = (q: string, signal?: AbortSignal) =>
  api<PegawaiPage>(`/org/pegawai?${new URLSearchParams({ q, per_page: '20' }).toString()}`, { signal });

export const useCariPegawai = (q: string) =>
  useQuery({
    queryKey: ['kinerja', 'calon-penilai', q] as const,
    queryFn: ({ signal }) => cariPegawai(q, signal),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
