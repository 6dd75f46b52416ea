/**
 * Working days and working minutes in Asia/Jakarta (WIB, UTC+7, no DST) — the one calendar every
 * deadline and every queue schedule of SIKAP is computed with (pelayanan.md §6, ADR 0006).
 *
 * Pure: no I/O, no clock. Dates are WIB calendar dates `YYYY-MM-DD`; times of day are WIB `HH:MM`
 * ("24:00" allowed as the end of a day); instants are `Date` (UTC inside).
 * A day is a working day when it is not in `kal.libur` (national holidays, cuti bersama, local closures)
 * and the weekly schedule `kal.jadwal` has at least one interval for its ISO weekday.
 */

/** An open interval of one day, WIB wall time "HH:MM", `mulai` < `selesai`. */
export type Interval = { mulai: string; selesai: string };

/** ISO weekday ("1" = Senin … "7" = Minggu) → open intervals of that day; breaks are the gaps. Missing/empty = closed. */
export type JadwalMingguan = Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', Interval[]>>;

/** A calendar: closed dates (`YYYY-MM-DD`, WIB) and the weekly schedule. */
export interface Kalender {
  libur: ReadonlySet<string>;
  jadwal: JadwalMingguan;
}

const HARI_KERJA_ASN: Interval[] = [{ mulai: '07:30', selesai: '12:00' }, { mulai: '13:00', selesai: '16:00' }];

/**
 * Working hours of government agencies and ASN: 5 working days, 37.5 hours a week excluding breaks
 * (Perpres 21/2023 tentang Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai ASN, Pasal 4;
 * the daily split follows the long-standing Keppres 68/1995 pattern).
 * Senin–Kamis 07:30–12:00 + 13:00–16:00 (7.5 h), Jumat 07:30–11:30 + 13:00–16:30 (7.5 h, the longer
 * break is for Friday prayer). 4 × 7.5 + 7.5 = 37.5 h. (The brief's Friday 13:30–16:00 would give only
 * 36.5 h a week, so Friday ends at 16:30 as in Keppres 68/1995; see ADR 0006.)
 * Reduced Ramadan hours (SE MenPANRB) are not modelled here: pass another schedule.
 */
export const JAM_KERJA_ASN: JadwalMingguan = Object.freeze({
  '1': HARI_KERJA_ASN,
  '2': HARI_KERJA_ASN,
  '3': HARI_KERJA_ASN,
  '4': HARI_KERJA_ASN,
  '5': [{ mulai: '07:30', selesai: '11:30' }, { mulai: '13:00', selesai: '16:30' }],
});

const MENIT_MS = 60_000;
const HARI_MS = 86_400_000;
const WIB_MS = 7 * 60 * MENIT_MS;
/** Safety bound: a search that finds no working day within ~10 years means the calendar has none. */
const BATAS_PENCARIAN_HARI = 3660;

const POLA_TANGGAL = /^(\d{4})-(\d{2})-(\d{2})$/;
const POLA_JAM = /^(\d{2}):(\d{2})$/;

function epochHari(tanggal: string): number {
  const m = POLA_TANGGAL.exec(tanggal);
  if (!m) throw new RangeError(`Tanggal tidak valid: "${tanggal}" (format YYYY-MM-DD)`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function geserHari(tanggal: string, hari: number): string {
  return new Date(epochHari(tanggal) + hari * HARI_MS).toISOString().slice(0, 10);
}

/** The WIB calendar date of an instant. */
function tanggalDari(waktu: Date): string {
  return new Date(waktu.getTime() + WIB_MS).toISOString().slice(0, 10);
}

/**
 * Minutes since WIB midnight of "HH:MM" (00:00–24:00).
 * @throws RangeError on a malformed time.
 */
export function menitDariJam(jam: string): number {
  const m = POLA_JAM.exec(jam);
  const hh = Number(m?.[1]);
  const mm = Number(m?.[2]);
  if (!m || hh > 24 || mm > 59 || (hh === 24 && mm !== 0)) throw new RangeError(`Jam tidak valid: "${jam}" (format JJ:MM)`);
  return hh * 60 + mm;
}

/**
 * ISO weekday of a date: 1 = Senin … 7 = Minggu.
 * @example hariIso('2026-11-30') → 1
 */
export function hariIso(tanggal: string): number {
  const d = new Date(epochHari(tanggal)).getUTCDay();
  return d === 0 ? 7 : d;
}

/**
 * The instant of a WIB wall time on a WIB date.
 * @example waktuWib('2026-11-30', '07:00') → 2026-11-30T00:00:00.000Z
 */
export function waktuWib(tanggal: string, jam: string): Date {
  return new Date(epochHari(tanggal) + menitDariJam(jam) * MENIT_MS - WIB_MS);
}

/** The schedule intervals of a weekday (never undefined). */
function intervalHari(tanggal: string, jadwal: JadwalMingguan): Interval[] {
  return jadwal[String(hariIso(tanggal)) as keyof JadwalMingguan] ?? [];
}

/**
 * Whether `tanggal` is a working day: not closed in `kal.libur` and with at least one interval in the
 * weekly schedule (pelayanan.md §6).
 */
export function isHariKerja(tanggal: string, kal: Kalender): boolean {
  return !kal.libur.has(tanggal) && intervalHari(tanggal, kal.jadwal).length > 0;
}

function cariHariKerja(tanggal: string, arah: 1 | -1, kal: Kalender): string {
  let t = tanggal;
  for (let i = 0; i < BATAS_PENCARIAN_HARI; i++) {
    t = geserHari(t, arah);
    if (isHariKerja(t, kal)) return t;
  }
  throw new RangeError('Kalender tidak memiliki hari kerja');
}

/**
 * The n-th working day after `tanggal` (n > 0) or before it (n < 0); `tanggal` itself is not counted.
 * n = 0 gives `tanggal` when it is a working day, otherwise the next working day (a deadline that
 * falls on a closed day rolls forward). Used for SLA deadlines in hari kerja (e.g. SP4N-LAPOR! 3/5/10
 * hari kerja, pelayanan.md §0 and §6).
 * @example tambahHariKerja('2026-12-24', 1, kal) → '2026-12-28' (25 Dec Natal, 26–27 weekend)
 * @throws RangeError when n is not an integer or the calendar has no working day at all.
 */
export function tambahHariKerja(tanggal: string, n: number, kal: Kalender): string {
  if (!Number.isInteger(n)) throw new RangeError(`Jumlah hari kerja harus bilangan bulat: ${n}`);
  if (n === 0) return isHariKerja(tanggal, kal) ? tanggal : cariHariKerja(tanggal, 1, kal);
  const arah = n > 0 ? 1 : -1;
  let t = tanggal;
  for (let sisa = Math.abs(n); sisa > 0; sisa--) t = cariHariKerja(t, arah, kal);
  return t;
}

/**
 * Number of working days from `dari` to `sampai`, both inclusive; 0 when `sampai` < `dari`.
 * Relation with tambahHariKerja: jumlahHariKerja(tambahHari(d, 1), tambahHariKerja(d, n)) === n for n ≥ 1.
 */
export function jumlahHariKerja(dari: string, sampai: string, kal: Kalender): number {
  const akhir = epochHari(sampai);
  let jumlah = 0;
  for (let t = dari; epochHari(t) <= akhir; t = geserHari(t, 1)) if (isHariKerja(t, kal)) jumlah++;
  return jumlah;
}

/**
 * The working intervals of a date as instants, in schedule order; [] on a closed day.
 * @example intervalKerjaPada('2026-11-30', { libur, jadwal: JAM_KERJA_ASN })
 *   → [{ mulai: 00:30Z, selesai: 05:00Z }, { mulai: 06:00Z, selesai: 09:00Z }]
 */
export function intervalKerjaPada(tanggal: string, kal: Kalender): Array<{ mulai: Date; selesai: Date }> {
  if (kal.libur.has(tanggal)) return [];
  return intervalHari(tanggal, kal.jadwal)
    .map((i) => ({ mulai: waktuWib(tanggal, i.mulai), selesai: waktuWib(tanggal, i.selesai) }))
    .sort((a, b) => a.mulai.getTime() - b.mulai.getTime());
}

/**
 * Working minutes between two instants: the overlap of [dari, sampai] with the working intervals.
 * 0 when `sampai` ≤ `dari`. Minutes, possibly fractional (instants are not minute-aligned).
 * Used for waiting/service times and SLA clocks that stop outside working hours (pelayanan.md §6).
 */
export function menitKerjaAntara(dari: Date, sampai: Date, kal: Kalender): number {
  const a = dari.getTime();
  const b = sampai.getTime();
  if (b <= a) return 0;
  let ms = 0;
  const akhir = tanggalDari(sampai);
  for (let t = tanggalDari(dari); t <= akhir; t = geserHari(t, 1)) {
    for (const i of intervalKerjaPada(t, kal)) {
      ms += Math.max(0, Math.min(b, i.selesai.getTime()) - Math.max(a, i.mulai.getTime()));
    }
  }
  return ms / MENIT_MS;
}

/**
 * The instant reached after `menit` working minutes from `dari`. Time outside the working intervals
 * does not count; a result that lands exactly on the end of an interval is that end (not the next
 * opening). `menit` = 0 returns `dari` unchanged.
 * @example tambahMenitKerja(Senin 11:30 WIB, 60, asn) → Senin 13:30 WIB (break 12:00–13:00 skipped)
 * @throws RangeError when `menit` is negative or not finite, or the calendar has no working time.
 */
export function tambahMenitKerja(dari: Date, menit: number, kal: Kalender): Date {
  if (!Number.isFinite(menit) || menit < 0) throw new RangeError(`Menit kerja tidak boleh negatif: ${menit}`);
  let sisa = menit * MENIT_MS;
  if (sisa === 0) return new Date(dari.getTime());
  let t = tanggalDari(dari);
  for (let i = 0; i < BATAS_PENCARIAN_HARI; i++, t = geserHari(t, 1)) {
    for (const iv of intervalKerjaPada(t, kal)) {
      const mulai = Math.max(dari.getTime(), iv.mulai.getTime());
      const tersedia = iv.selesai.getTime() - mulai;
      if (tersedia <= 0) continue;
      if (sisa <= tersedia) return new Date(mulai + sisa);
      sisa -= tersedia;
    }
  }
  throw new RangeError('Kalender tidak memiliki jam kerja');
}
