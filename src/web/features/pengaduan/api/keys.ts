import type { PengaduanListQuery } from '../../../../contracts/pengaduan.ts';

/** Query keys of the pengaduan feature. `staf` covers every staff read, so one invalidation refreshes lists and details. */
export const pengaduanKeys = {
  kategori: () => ['pengaduan', 'publik', 'kategori'] as const,
  layanan: () => ['pengaduan', 'publik', 'layanan'] as const,
  wilayah: () => ['pengaduan', 'publik', 'wilayah'] as const,
  opd: () => ['pengaduan', 'opd'] as const,
  staf: ['pengaduan', 'staf'] as const,
  list: (q: Partial<PengaduanListQuery>) => ['pengaduan', 'staf', 'list', q] as const,
  detail: (id: number) => ['pengaduan', 'staf', 'detail', id] as const,
  admin: ['pengaduan', 'admin'] as const,
  kategoriAdmin: () => ['pengaduan', 'admin', 'kategori'] as const,
  pengaturan: () => ['pengaduan', 'admin', 'pengaturan'] as const,
  klien: () => ['pengaduan', 'admin', 'open311-klien'] as const,
};
