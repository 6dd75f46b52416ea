/** Query keys of the kinerja evaluation screens; every mutation invalidates {@link kinerjaEvaluasiKeys.semua}. */
export const kinerjaEvaluasiKeys = {
  semua: ['kinerja-evaluasi'] as const,
  evaluasi: (skpId: number, ke: number) => ['kinerja-evaluasi', 'evaluasi', skpId, ke] as const,
  penilaian: (skpId: number) => ['kinerja-evaluasi', 'penilaian', skpId] as const,
  sumber: (realisasiId: number, page: number) => ['kinerja-evaluasi', 'sumber', realisasiId, page] as const,
  keberatan: () => ['kinerja-evaluasi', 'keberatan'] as const,
};
