import { useMutation, useQueryClient } from '@tanstack/react-query';
import { kinerjaEvaluasiKeys } from './keys.ts';

/**
 * A mutation of these screens: afterwards every sheet, rating list and keberatan list is refetched (one
 * place). The refetch is NOT awaited: the caller's `mutate(v, { onSuccess })` must still run when the
 * refetched data unmounts the form that called it (e.g. a decided keberatan loses its decision form).
 */
export function useMutasiEvaluasi<V, R>(mutationFn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => { void qc.invalidateQueries({ queryKey: kinerjaEvaluasiKeys.semua }); } });
}
