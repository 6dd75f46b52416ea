import { useMutation, useQueryClient } from '@tanstack/react-query';
import { layananKeys } from './keys.ts';

/**
 * A catalogue admin mutation: any change refreshes every layanan query (admin list and detail, and the
 * public catalogue/standard pages cached in this tab), so each endpoint file stays a one-liner.
 */
export function useMutasiLayanan<V, R>(mutationFn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => qc.invalidateQueries({ queryKey: layananKeys.semua }) });
}
