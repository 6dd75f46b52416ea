import { useMutation, useQueryClient } from '@tanstack/react-query';

/** Query keys of the kinerja-opd feature (one root, so a change refetches every view of it). */
export const kinerjaOpdKeys = {
  semua: ['kinerja-opd'] as const,
  opd: () => ['kinerja-opd', 'opd'] as const,
  distribusi: (q: object) => ['kinerja-opd', 'distribusi', q] as const,
  ringkasan: (q: object) => ['kinerja-opd', 'ringkasan', q] as const,
  tahun: (tahun: number) => ['kinerja-opd', 'tahun', tahun] as const,
  koefisien: () => ['kinerja-opd', 'koefisien'] as const,
  angkaKredit: (q: object) => ['kinerja-opd', 'angka-kredit', q] as const,
};

/** A kinerja-opd mutation: afterwards every query of the feature is refetched (one place). */
export function useMutasiKinerjaOpd<V, R>(mutationFn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => qc.invalidateQueries({ queryKey: kinerjaOpdKeys.semua }) });
}
