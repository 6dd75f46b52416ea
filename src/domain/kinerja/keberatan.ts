import { tambahHariKerja, type Kalender } from '../shared/hari-kerja.ts';
import { tambahHari, tanggalWib } from '../shared/tanggal.ts';
import type { PredikatOrganisasi } from './distribusi.ts';
import type { Rating } from './predikat.ts';

/**
 * Keberatan (appeal) window of an annual penilaian and the head-of-unit hint — PP 30/2019 and
 * PermenPANRB 6/2022; kinerja.md §1.3 "Keberatan" (an employee may object, in stages, to the atasan of the
 * penilai; training material cites 14 working days [L] — so the number of days is DATA from the year's
 * settings, never hard-coded here) and §1.5 (head of an organisation unit). Pure: "now" and the calendar
 * are parameters; dates are WIB calendar dates 'YYYY-MM-DD'.
 */

/**
 * The last WIB date on which a keberatan may be filed: `hariKerja` working days after the WIB date of
 * the penetapan (the day of penetapan itself is not counted), skipping weekends, national holidays and
 * cuti bersama in `kalender` (src/domain/shared/hari-kerja.ts `tambahHariKerja`). With `hariKerja` = 0 the
 * window is the penetapan day itself (or the next working day when that day is closed).
 * @param ditetapkanAt the instant of penetapan (its WIB date is the start)
 * @param hariKerja working days in the window (the year's `batasKeberatanHariKerja`, default 14)
 * @param kalender closed days covering at least {@link rentangKalenderKeberatan} of that date
 * @returns 'YYYY-MM-DD' (WIB), inclusive
 * @throws RangeError when `hariKerja` is negative or not an integer, or the calendar has no working day
 * @example batasKeberatan(Senin 21 Des 2026 10:00 WIB, 3, kal2026) → '2026-12-28'
 *   (22, 23 Des; 24 cuti bersama, 25 Natal, 26–27 weekend; 28)
 */
export function batasKeberatan(ditetapkanAt: Date, hariKerja: number, kalender: Kalender): string {
  if (!Number.isInteger(hariKerja) || hariKerja < 0) throw new RangeError(`Batas keberatan harus bilangan bulat ≥ 0 hari kerja: ${hariKerja}`);
  return tambahHariKerja(tanggalWib(ditetapkanAt), hariKerja, kalender);
}

/**
 * The calendar range {@link batasKeberatan} needs, for `deps.kalender.kalender(dari, sampai)`: from the WIB
 * date of penetapan to far enough for `hariKerja` working days even across the longest holiday season
 * (5 working days a week, plus 30 calendar days for holidays and cuti bersama).
 */
export function rentangKalenderKeberatan(ditetapkanAt: Date, hariKerja: number): { dari: string; sampai: string } {
  const dari = tanggalWib(ditetapkanAt);
  return { dari, sampai: tambahHari(dari, Math.ceil((Math.max(0, hariKerja) * 7) / 5) + 30) };
}

/**
 * Whether a keberatan may still be filed at `now`: the WIB date of `now` is on or before `batas`
 * (inclusive: the whole last day, until 23:59:59 WIB). False when there is no batas (not ditetapkan).
 */
export function bolehKeberatan(now: Date, batas: string | null | undefined): boolean {
  if (!batas) return false;
  return tanggalWib(now) <= batas;
}

/** How the unit's annual predikat organisasi maps to the suggested rating hasil kerja of its head. */
export const SARAN_HASIL_KERJA: Record<PredikatOrganisasi, Rating> = {
  istimewa: 'di_atas',
  baik: 'sesuai',
  butuh_perbaikan: 'di_bawah',
  kurang: 'di_bawah',
  sangat_kurang: 'di_bawah',
};

/**
 * The annual rating hasil kerja SUGGESTED for the head of an organisation unit (kepala OPD, kepala bidang
 * …): kinerja.md §1.5 "If the person evaluated is the head of an organisation unit, the unit's capaian
 * kinerja organisasi becomes that person's hasil-kerja rating" [H]. Mapping (plan decision): istimewa →
 * di atas, baik → sesuai, butuh perbaikan / kurang / sangat kurang → di bawah ekspektasi. Shown as a hint;
 * the pejabat penilai decides.
 */
export function saranHasilKerjaDariOrganisasi(predikatOrganisasi: PredikatOrganisasi): Rating {
  return SARAN_HASIL_KERJA[predikatOrganisasi];
}
