import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PegawaiPage, PegawaiQuery } from '../../../../contracts/org.ts';
import { api } from '../../../lib/api.ts';
import { orgKeys } from './keys.ts';

/** Query string of GET /org/pegawai; empty values are left out. */
export function pegawaiQueryString(q: Partial<PegawaiQuery>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/**
 * GET /org/pegawai (org:lihat): one page of pegawai within the caller's scope, searchable by name or NIP
 * prefix (`q`) and filterable by OPD, unit, jenis ASN, golongan and jenis jabatan. 400 on a bad filter.
 */
export const getPegawaiList = (q: Partial<PegawaiQuery>, signal?: AbortSignal) =>
  api<PegawaiPage>(`/org/pegawai${pegawaiQueryString(q)}`, { signal });

export const pegawaiListQuery = (q: Partial<PegawaiQuery>) =>
  queryOptions({
    queryKey: orgKeys.pegawaiList(q),
    queryFn: ({ signal }) => getPegawaiList(q, signal),
    placeholderData: keepPreviousData,
  });

export const usePegawaiList = (q: Partial<PegawaiQuery>, opts: { enabled?: boolean } = {}) =>
  useQuery({ ...pegawaiListQuery(q), enabled: opts.enabled ?? true });
