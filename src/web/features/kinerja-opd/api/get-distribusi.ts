import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Distribusi } from '../../../../contracts/kinerja-penilaian.ts';
import { api } from '../../../lib/api.ts';
import { kinerjaOpdKeys } from './keys.ts';

export type DistribusiParam = {
  /** Default: the caller's own OPD when visible, else the first OPD the caller may open. */
  opdId?: number;
  tahun: number;
  /** 0 = tahunan. */
  periodeKe: number;
  /** Drill-down: only this unit and the units below it. */
  unitId?: number;
  /** Include the pegawai lists (names; only for those allowed). The overview leaves them out. */
  pegawai: boolean;
};

/**
 * GET /kinerja/distribusi?opdId&tahun&periodeKe&unitId&pegawai (kinerja:opd): the kurva distribusi per unit of
 * one OPD and one period (periodeKe 0 = tahunan) — counts per predikat, predikat organisasi, warnings, who may
 * set it, the pegawai (names only for admin, admin OPD and the unit's leaders; `pegawai=false` leaves them
 * out), the annual penetapan and the OPDs the caller may open.
 */
export const getDistribusi = (q: DistribusiParam, signal?: AbortSignal) => {
  const p = new URLSearchParams({ tahun: String(q.tahun), periodeKe: String(q.periodeKe), pegawai: String(q.pegawai) });
  if (q.opdId) p.set('opdId', String(q.opdId));
  if (q.unitId) p.set('unitId', String(q.unitId));
  return api<Distribusi>(`/kinerja/distribusi?${p}`, { signal });
};

export const useDistribusi = (q: DistribusiParam, enabled = true) =>
  useQuery({ queryKey: kinerjaOpdKeys.distribusi(q), queryFn: ({ signal }) => getDistribusi(q, signal), placeholderData: keepPreviousData, enabled });
