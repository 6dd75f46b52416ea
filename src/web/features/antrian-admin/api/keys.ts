/** Query keys of the antrian-admin feature. */
export const antrianAdminKeys = {
  semua: ['antrian-admin'] as const,
  lokasiList: () => [...antrianAdminKeys.semua, 'lokasi'] as const,
  lokasi: (id: number) => [...antrianAdminKeys.semua, 'lokasi', id] as const,
  unit: () => [...antrianAdminKeys.semua, 'unit'] as const,
};
