/** Query keys of the antrian (citizen + kiosk) feature. */
export const antrianKeys = {
  lokasi: () => ['antrian', 'publik', 'lokasi'] as const,
  jadwal: (kode: string, layananId: number) => ['antrian', 'publik', 'jadwal', kode, layananId] as const,
  tiket: (kode: string) => ['antrian', 'publik', 'tiket', kode] as const,
  kiosk: () => ['antrian', 'kiosk', 'lokasi'] as const,
};
