/** Query keys of the notifikasi feature, in one place so the requeue mutation invalidates exactly these. */
export const notifikasiKeys = {
  semua: ['notifikasi'] as const,
  daftar: (q: object) => [...notifikasiKeys.semua, 'daftar', q] as const,
  ringkasan: () => [...notifikasiKeys.semua, 'ringkasan'] as const,
};

/** Refetch interval while the screen is open (delivery runs in the background every few seconds), ms. */
export const SEGARKAN_MS = 10_000;
