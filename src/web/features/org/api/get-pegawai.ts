import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PegawaiDetail } from '../../../../contracts/org.ts';
import { api } from '../../../lib/api.ts';
import { orgKeys } from './keys.ts';

/** GET /org/pegawai/:id (org:lihat): details incl. TMT CPNS, effective atasan and its source; 404 outside scope. */
export const getPegawai = (id: number, signal?: AbortSignal) => api<PegawaiDetail>(`/org/pegawai/${id}`, { signal });

export const pegawaiQuery = (id: number) =>
  queryOptions({ queryKey: orgKeys.pegawaiDetail(id), queryFn: ({ signal }) => getPegawai(id, signal) });

export const usePegawai = (id: number | null) => useQuery({ ...pegawaiQuery(id ?? 0), enabled: id != null });
