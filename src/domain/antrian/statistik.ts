/**
 * Queue statistics (pelayanan.md §3.2 "Statistics"): the definitions of every figure the statistik screen,
 * its XLSX export and the service facts for staff evaluation report. Pure: tickets are parameters.
 *
 * The server computes the same figures in SQL (GROUP BY with `percentile_cont`); these functions are the
 * reference definition and are used where figures are computed from a handful of tickets.
 *
 * Units: every duration is in MINUTES, rounded half-up to 0.1 minute only when reported
 * ({@link bulatkanMenit}); percentages are 0–100 rounded to 0.1 ({@link persen}).
 */

/** The timestamps and outcome of one ticket that the figures need (columns of antrian_tiket). */
export interface TiketStatistik {
  status: 'dipesan' | 'menunggu' | 'dipanggil' | 'dilayani' | 'ditahan' | 'selesai' | 'tidak_hadir' | 'dibatalkan' | 'kedaluwarsa';
  checkInPada: Date | null;
  antriPada: Date | null;
  dipanggilPada: Date | null;
  mulaiPada: Date | null;
  selesaiPada: Date | null;
  /** Service-time standard of the ticket's layanan (antrian_layanan.standar_menit), minutes. */
  standarMenit: number;
}

/** The figures of a group of tickets (or of all tickets). Durations in minutes; null = nothing to measure. */
export interface Ringkasan {
  jumlahTiket: number;
  /** Tickets served to the end (status selesai). */
  dilayani: number;
  tidakHadir: number;
  dibatalkan: number;
  kedaluwarsa: number;
  tungguRata: number | null;
  tungguP50: number | null;
  tungguP90: number | null;
  layananRata: number | null;
  layananP50: number | null;
  layananP90: number | null;
  /** tidak_hadir ÷ tickets that reached menunggu, in % (0.1). */
  persenTidakHadir: number | null;
  /** served tickets with service time ≤ standarMenit ÷ served tickets with a measured service time, in % (0.1). */
  persenDalamStandar: number | null;
}

const MENIT_MS = 60_000;

/** Minutes from `dari` to `sampai`, never negative (a clock set back must not produce negative waits). */
function selisihMenit(dari: Date, sampai: Date): number {
  return Math.max(0, (sampai.getTime() - dari.getTime()) / MENIT_MS);
}

/**
 * Waiting time (pelayanan.md §3.2): first call − check-in. A walk-in's check-in is its issue time; when
 * `checkInPada` is missing the time it entered the line (`antriPada`) is used. Null when never called.
 * @example menitTunggu({ checkInPada: 08:00, antriPada: 08:00, dipanggilPada: 08:12:30 }) → 12.5
 */
export function menitTunggu(t: Pick<TiketStatistik, 'checkInPada' | 'antriPada' | 'dipanggilPada'>): number | null {
  const datang = t.checkInPada ?? t.antriPada;
  return datang && t.dipanggilPada ? selisihMenit(datang, t.dipanggilPada) : null;
}

/**
 * Service time (pelayanan.md §3.2): selesaiPada − mulaiPada, only for tickets served to the end (selesai).
 * @example menitLayanan({ status: 'selesai', mulaiPada: 08:15, selesaiPada: 08:25 }) → 10
 */
export function menitLayanan(t: Pick<TiketStatistik, 'status' | 'mulaiPada' | 'selesaiPada'>): number | null {
  return t.status === 'selesai' && t.mulaiPada && t.selesaiPada ? selisihMenit(t.mulaiPada, t.selesaiPada) : null;
}

/**
 * Whether a ticket reached the waiting line (the denominator of the no-show rate): it was checked in
 * (walk-ins at issue) or entered the line. Bookings that expired or were cancelled before check-in did not.
 */
export function mencapaiMenunggu(t: Pick<TiketStatistik, 'checkInPada' | 'antriPada'>): boolean {
  return t.checkInPada != null || t.antriPada != null;
}

/**
 * Percentile by LINEAR INTERPOLATION between closest ranks — the definition of PostgreSQL
 * `percentile_cont(p)` (and Excel PERCENTILE.INC), so the SQL and this function agree: sort ascending,
 * position h = (n − 1)·p, result = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). Null for an empty list.
 * @param p fraction 0–1 (0.5 = median, 0.9 = p90)
 * @example persentil([1, 2, 3, 4], 0.5) → 2.5; persentil([10, 20, 30, 40, 50], 0.9) → 46
 */
export function persentil(nilai: readonly number[], p: number): number | null {
  if (nilai.length === 0) return null;
  if (!(p >= 0 && p <= 1)) throw new RangeError('p harus antara 0 dan 1');
  const urut = [...nilai].sort((a, b) => a - b);
  const h = (urut.length - 1) * p;
  const bawah = Math.floor(h);
  const atas = Math.min(bawah + 1, urut.length - 1);
  return urut[bawah]! + (h - bawah) * (urut[atas]! - urut[bawah]!);
}

/**
 * Rounds a duration in minutes to 0.1 minute, half away from zero (12.25 → 12.3); null stays null.
 * The tiny epsilon absorbs binary representation (1.05 is stored as 1.0499999…).
 */
export function bulatkanMenit(menit: number | null): number | null {
  return menit == null ? null : Math.round(menit * 10 + 1e-9) / 10;
}

/** `pembilang ÷ penyebut` in percent rounded to 0.1 (2 of 3 → 66.7); null when the denominator is 0. */
export function persen(pembilang: number, penyebut: number): number | null {
  return penyebut === 0 ? null : Math.round((pembilang / penyebut) * 1000 + 1e-9) / 10;
}

const rataRata = (x: readonly number[]) => (x.length ? x.reduce((a, b) => a + b, 0) / x.length : null);

/**
 * All figures of a set of tickets, by the definitions above (pelayanan.md §3.2): counts per outcome,
 * mean/p50/p90 of waiting and service time (minutes, 0.1), no-show rate and share within the standard (%).
 */
export function ringkasTiket(tiket: readonly TiketStatistik[]): Ringkasan {
  const tunggu = tiket.map(menitTunggu).filter((x): x is number => x != null);
  const dilayaniTerukur = tiket.flatMap((t) => {
    const m = menitLayanan(t);
    return m == null ? [] : [{ menit: m, standar: t.standarMenit }];
  });
  const layanan = dilayaniTerukur.map((x) => x.menit);
  const hitung = (s: TiketStatistik['status']) => tiket.filter((t) => t.status === s).length;
  const tidakHadir = hitung('tidak_hadir');
  return {
    jumlahTiket: tiket.length,
    dilayani: hitung('selesai'),
    tidakHadir,
    dibatalkan: hitung('dibatalkan'),
    kedaluwarsa: hitung('kedaluwarsa'),
    tungguRata: bulatkanMenit(rataRata(tunggu)),
    tungguP50: bulatkanMenit(persentil(tunggu, 0.5)),
    tungguP90: bulatkanMenit(persentil(tunggu, 0.9)),
    layananRata: bulatkanMenit(rataRata(layanan)),
    layananP50: bulatkanMenit(persentil(layanan, 0.5)),
    layananP90: bulatkanMenit(persentil(layanan, 0.9)),
    persenTidakHadir: persen(tidakHadir, tiket.filter(mencapaiMenunggu).length),
    persenDalamStandar: persen(dilayaniTerukur.filter((x) => x.menit <= x.standar).length, dilayaniTerukur.length),
  };
}

/** Longest date range of one statistics request, in calendar days inclusive (a leap year). */
export const MAKS_HARI_RENTANG = 366;

/**
 * Checks a `dari`–`sampai` date range ('YYYY-MM-DD', WIB business days, both inclusive): dari ≤ sampai and
 * at most {@link MAKS_HARI_RENTANG} days. Returns the field errors (empty when valid).
 * @example periksaRentang('2026-01-01', '2026-12-31') → [] ; periksaRentang('2026-02-01', '2026-01-01') → [{ field: 'sampai', … }]
 */
export function periksaRentang(dari: string, sampai: string): Array<{ field: 'dari' | 'sampai'; message: string }> {
  if (dari > sampai) return [{ field: 'sampai', message: 'Tanggal akhir tidak boleh sebelum tanggal awal.' }];
  const hari = (Date.parse(`${sampai}T00:00:00Z`) - Date.parse(`${dari}T00:00:00Z`)) / 86_400_000 + 1;
  if (hari > MAKS_HARI_RENTANG) {
    return [{ field: 'sampai', message: `Rentang tanggal paling panjang ${MAKS_HARI_RENTANG} hari.` }];
  }
  return [];
}
