import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SkpDetail } from '../../../../contracts/kinerja-skp.ts';
import { kinerjaKeys } from './keys.ts';

/**
 * A write that answers the SKP (every SKP write does): the answer replaces the cached detail at once, and
 * everything kinerja (my year, my team, trees) is refetched afterwards.
 */
export function useMutasiSkp<V>(mutationFn: (v: V) => Promise<SkpDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (d) => qc.setQueryData(kinerjaKeys.skp(d.id), d),
    onSettled: () => qc.invalidateQueries({ queryKey: kinerjaKeys.semua }),
  });
}
