import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pengaduanKeys } from './keys.ts';

/**
 * A settings mutation: every change refreshes the admin reads (categories, limits, Open311 clients) and the
 * public category list, so each endpoint file stays a one-liner.
 */
export function useMutasiAdmin<V, R>(mutationFn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: pengaduanKeys.admin });
      void qc.invalidateQueries({ queryKey: pengaduanKeys.kategori() });
    },
  });
}
