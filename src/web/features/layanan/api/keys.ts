import type { KatalogQuery } from '../../../../contracts/layanan.ts';

/** Query keys of the layanan (catalogue) feature. */
export const layananKeys = {
  semua: ['layanan'] as const,
  katalog: (q: KatalogQuery) => [...layananKeys.semua, 'katalog', q] as const,
  standar: (kode: string, versi: number | null) => [...layananKeys.semua, 'standar', kode, versi] as const,
  admin: () => [...layananKeys.semua, 'admin'] as const,
  adminList: () => [...layananKeys.admin(), 'list'] as const,
  adminDetail: (id: number) => [...layananKeys.admin(), 'detail', id] as const,
  maklumat: (unitId: number) => [...layananKeys.admin(), 'maklumat', unitId] as const,
  unit: () => [...layananKeys.semua, 'unit-pohon'] as const,
};
