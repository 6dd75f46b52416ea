import type { StatistikQuery } from '../../../../contracts/antrian-statistik.ts';

/** Query keys of the antrian-statistik feature. */
export const statistikKeys = {
  semua: ['antrian-statistik'] as const,
  lokasi: () => [...statistikKeys.semua, 'lokasi'] as const,
  statistik: (q: StatistikQuery) => [...statistikKeys.semua, 'statistik', q] as const,
};
