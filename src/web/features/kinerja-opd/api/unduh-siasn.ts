import type { JENIS_EKSPOR_SIASN } from '../../../../contracts/kinerja-dokumen.ts';

export type SiasnUnduh = {
  tahun: number;
  jenis: (typeof JENIS_EKSPOR_SIASN)[number];
  format: 'json' | 'csv';
  opdId?: number | null;
  periodeKe?: number | null;
};

/**
 * GET /kinerja/siasn?tahun&jenis=skp22|kinerjaperiodik&format=json|csv&opdId?&periodeKe? (kinerja:kelola):
 * performance results with SIASN's exact field names (kinerja.md §5.6), as an attachment. `periodeKe` only
 * applies to kinerjaperiodik.
 */
export function siasnUrl(q: SiasnUnduh): string {
  const p = new URLSearchParams({ tahun: String(q.tahun), jenis: q.jenis, format: q.format });
  if (q.opdId) p.set('opdId', String(q.opdId));
  if (q.periodeKe && q.jenis === 'kinerjaperiodik') p.set('periodeKe', String(q.periodeKe));
  return `/api/v1/kinerja/siasn?${p}`;
}
