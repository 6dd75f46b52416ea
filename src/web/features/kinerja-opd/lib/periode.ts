/**
 * Period choices of the kinerja-opd screens: the periods of the year (from GET /kinerja/tahun/:tahun) plus
 * "Tahunan" (periodeKe 0, the annual evaluation), and the default the screens open with.
 */
export type PeriodeOpsi = { ke: number; label: string; mulai?: string; selesai?: string };

/** Years offered in the pickers: from 3 years back to next year, newest first. */
export function tahunPilihan(tahunIni: number): number[] {
  return [tahunIni + 1, tahunIni, tahunIni - 1, tahunIni - 2, tahunIni - 3];
}

/**
 * The period a screen opens with: the last period that has ENDED by `hariIni` (WIB 'YYYY-MM-DD'), because
 * ratings of a period are given after it ends; the first period when none has ended yet; and for a past
 * year the last period. `periode` must be the year's periods in order (1..n).
 */
export function periodeBawaan(periode: readonly PeriodeOpsi[], hariIni: string): number {
  if (periode.length === 0) return 0;
  const selesai = periode.filter((p) => p.selesai !== undefined && p.selesai < hariIni);
  return selesai.length ? selesai[selesai.length - 1]!.ke : periode[0]!.ke;
}

/** Parses `?ke=` (0..12) from the URL; anything else is null (use the default). */
export function keDariParam(v: string | null): number | null {
  if (v === null || !/^\d{1,2}$/.test(v)) return null;
  const n = Number(v);
  return n <= 12 ? n : null;
}

/** Parses `?tahun=` (2000..2100); anything else is null. */
export function tahunDariParam(v: string | null): number | null {
  if (v === null || !/^\d{4}$/.test(v)) return null;
  const n = Number(v);
  return n >= 2000 && n <= 2100 ? n : null;
}
