import { useQuery } from '@tanstack/react-query';
import type { Verifikasi } from '../../../../contracts/permohonan.ts';
import { api } from '../../../lib/api.ts';
import { permohonanKeys } from './keys.ts';

/**
 * GET /verifikasi/:token (public): the verification QR of a digital product → {sah, nomor, layanan, unit,
 * nikSamar, selesaiAt, sha256…}; `sah: false` for an unknown, forged or replaced token.
 */
export const getVerifikasi = (token: string, signal?: AbortSignal) =>
  api<Verifikasi>(`/verifikasi/${encodeURIComponent(token)}`, { signal });

export const useVerifikasi = (token: string) =>
  useQuery({ queryKey: permohonanKeys.verifikasi(token), queryFn: ({ signal }) => getVerifikasi(token, signal) });
