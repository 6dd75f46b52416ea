import { useQuery } from '@tanstack/react-query';
import type { AngkaKredit, AngkaKreditQuery } from '../../../../contracts/kinerja-dokumen.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaOpdKeys } from './keys.ts';

/**
 * GET /kinerja/angka-kredit?tahun&opdId (kinerja:opd, scoped): AK of every jabatan fungsional of the OPD per
 * rated period and for the year, AK = (bulan/12) × %predikat × koefisien (3 decimals; kinerja.md §1.9a).
 */
export const getAngkaKredit = (q: AngkaKreditQuery, signal?: AbortSignal) =>
  api<AngkaKredit>(`/kinerja/angka-kredit?${new URLSearchParams({ tahun: String(q.tahun), opdId: String(q.opdId) })}`, { signal });

export const useAngkaKredit = (q: AngkaKreditQuery, enabled = true) =>
  useQuery({ queryKey: kinerjaOpdKeys.angkaKredit(q), queryFn: ({ signal }) => getAngkaKredit(q, signal), enabled });
