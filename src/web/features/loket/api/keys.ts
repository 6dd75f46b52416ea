/** Query keys of the loket feature. */
export const loketKeys = {
  semua: ['loket'] as const,
  saya: () => [...loketKeys.semua, 'saya'] as const,
  antrean: () => [...loketKeys.semua, 'antrean'] as const,
  layar: (kode: string) => ['layar', kode] as const,
};
