/** Query keys of the kalender feature. */
export const kalenderKeys = {
  semua: ['kalender'] as const,
  tahun: (tahun: number) => [...kalenderKeys.semua, tahun] as const,
};
