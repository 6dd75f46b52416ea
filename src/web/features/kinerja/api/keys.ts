/** Query keys of the kinerja planning feature; every write invalidates `semua`. */
export const kinerjaKeys = {
  semua: ['kinerja'] as const,
  saya: (tahun?: number) => ['kinerja', 'saya', tahun ?? 'kini'] as const,
  skp: (id: number) => ['kinerja', 'skp', id] as const,
  rhkAtasan: (id: number) => ['kinerja', 'skp', id, 'rhk-atasan'] as const,
  pohon: (id: number) => ['kinerja', 'skp', id, 'pohon'] as const,
  tim: (tahun?: number) => ['kinerja', 'tim', tahun ?? 'kini'] as const,
  metrik: () => ['kinerja', 'metrik'] as const,
};
