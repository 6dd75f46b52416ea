/**
 * Calendar dates in Asia/Jakarta (WIB, UTC+7), the time zone every business day of SIKAP is counted in
 * (DESIGN.md §5). Pure: the instant is a parameter. Dates are `YYYY-MM-DD` strings.
 */

export const ZONA_WIB = 'Asia/Jakarta';
const fmtTanggal = new Intl.DateTimeFormat('en-CA', { timeZone: ZONA_WIB, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar date in WIB of an instant.
 * @example tanggalWib(new Date('2026-11-29T17:30:00Z')) → '2026-11-30' (00:30 WIB)
 */
export function tanggalWib(now: Date): string {
  return fmtTanggal.format(now);
}

/**
 * `tanggal` plus `hari` calendar days (negative allowed).
 * @example tambahHari('2026-12-31', 1) → '2027-01-01'
 */
export function tambahHari(tanggal: string, hari: number): string {
  const d = new Date(`${tanggal}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + hari);
  return d.toISOString().slice(0, 10);
}

/**
 * `tanggal` moved by `bulan` calendar months, the day clamped to the target month's length (retention
 * periods: "12 months after the visit").
 * @example tambahBulan('2026-03-31', -1) → '2026-02-28'
 */
export function tambahBulan(tanggal: string, bulan: number): string {
  const [y, m, d] = tanggal.split('-').map(Number) as [number, number, number];
  const hasil = new Date(Date.UTC(y, m - 1 + bulan, 1));
  const hariTerakhir = new Date(Date.UTC(hasil.getUTCFullYear(), hasil.getUTCMonth() + 1, 0)).getUTCDate();
  hasil.setUTCDate(Math.min(d, hariTerakhir));
  return hasil.toISOString().slice(0, 10);
}

/** Month names in Bahasa Indonesia, January first. */
export const NAMA_BULAN = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

/** A WIB date 'YYYY-MM-DD' as written in Indonesian documents: '14 Januari 2027'; other text unchanged. */
export function tanggalPanjangId(tanggal: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(tanggal);
  const bulan = m ? NAMA_BULAN[Number(m[2]) - 1] : undefined;
  return m && bulan ? `${Number(m[3])} ${bulan} ${m[1]}` : tanggal;
}
