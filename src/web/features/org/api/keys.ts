import type { PegawaiQuery } from '../../../../contracts/org.ts';

/** Query keys of the org feature, in one place so mutations invalidate exactly what they change. */
export const orgKeys = {
  all: ['org'] as const,
  wilayah: () => [...orgKeys.all, 'wilayah'] as const,
  opdList: () => [...orgKeys.all, 'opd'] as const,
  unitPohon: () => [...orgKeys.all, 'unit', 'pohon'] as const,
  pegawai: () => [...orgKeys.all, 'pegawai'] as const,
  pegawaiLists: () => [...orgKeys.pegawai(), 'list'] as const,
  pegawaiList: (q: Partial<PegawaiQuery>) => [...orgKeys.pegawaiLists(), q] as const,
  pegawaiDetail: (id: number) => [...orgKeys.pegawai(), 'detail', id] as const,
};
