import { useMutation, useQueryClient } from '@tanstack/react-query';
import { antrianAdminKeys } from './keys.ts';

/**
 * A set-up mutation: every change under a lokasi refreshes that lokasi's detail and the lokasi list
 * (one place, so each endpoint file stays a one-liner).
 */
export function useMutasiSetup<V, R>(mutationFn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => qc.invalidateQueries({ queryKey: antrianAdminKeys.semua }) });
}
