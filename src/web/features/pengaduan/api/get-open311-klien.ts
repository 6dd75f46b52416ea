import { useQuery } from '@tanstack/react-query';
import type { Open311Klien } from '../../../../contracts/pengaduan.ts';
import { api } from '../../../lib/api.ts';
import { pengaduanKeys } from './keys.ts';

/** GET /admin/open311/klien — the Open311 API clients (never their keys). */
export const getOpen311Klien = (signal?: AbortSignal) => api<Open311Klien[]>('/admin/open311/klien', { signal });

export const useOpen311Klien = () => useQuery({ queryKey: pengaduanKeys.klien(), queryFn: ({ signal }) => getOpen311Klien(signal) });
