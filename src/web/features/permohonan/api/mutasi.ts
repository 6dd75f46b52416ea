import { useMutation, useQueryClient } from '@tanstack/react-query';
import { permohonanKeys } from './keys.ts';

/** A staff mutation: afterwards the inbox and every open case are refetched (one place). */
export function useMutasiStaf<V, R>(mutationFn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => qc.invalidateQueries({ queryKey: permohonanKeys.staf }) });
}
