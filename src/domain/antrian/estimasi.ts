/**
 * Estimated waiting time (pelayanan.md §3.2 "Estimated wait time"): ahead × rolling average service
 * time ÷ active counters for that layanan, shown as a range because variance is the main complaint.
 * Pure.
 */

/** Half-width of the shown range relative to the point estimate (±30 %). */
export const RENTANG_ESTIMASI = 0.3;

/**
 * @param p.didepan tickets that will be called before this one (≥ 0)
 * @param p.rataRataMenit mean service time, minutes
 * @param p.loketAktif counters serving the layanan with a petugas logged in
 * @returns `{ minMenit, maksMenit }` in whole minutes (rounded up), or null when no counter is active
 *   (no honest estimate exists).
 * @example estimasiTunggu({ didepan: 4, rataRataMenit: 10, loketAktif: 2 }) → { minMenit: 14, maksMenit: 26 }
 */
export function estimasiTunggu(p: { didepan: number; rataRataMenit: number; loketAktif: number }): { minMenit: number; maksMenit: number } | null {
  if (p.loketAktif <= 0) return null;
  const titik = (Math.max(0, p.didepan) * Math.max(0, p.rataRataMenit)) / p.loketAktif;
  const bulat = (x: number) => Math.ceil(Math.round(x * 1e6) / 1e6);
  return { minMenit: bulat(titik * (1 - RENTANG_ESTIMASI)), maksMenit: bulat(titik * (1 + RENTANG_ESTIMASI)) };
}
