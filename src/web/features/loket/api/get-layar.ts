import { useQuery } from '@tanstack/react-query';
import type { LayarSnapshot } from '../../../../contracts/antrian-loket.ts';
import { api } from '../../../lib/api.ts';
import { loketKeys } from './keys.ts';

/** GET /antrian/layar/:kode?token= — the board snapshot (device token). */
export const getLayar = (kode: string, token: string, signal?: AbortSignal) =>
  api<LayarSnapshot>(`/antrian/layar/${encodeURIComponent(kode)}?token=${encodeURIComponent(token)}`, { signal });
export const useLayar = (kode: string, token: string | null) =>
  useQuery({ queryKey: loketKeys.layar(kode), queryFn: ({ signal }) => getLayar(kode, token!, signal), enabled: !!token, retry: 1 });
