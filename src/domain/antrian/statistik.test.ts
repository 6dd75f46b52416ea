import { describe, expect, it } from 'vitest';
import {
  bulatkanMenit, mencapaiMenunggu, menitLayanan, menitTunggu, periksaRentang, persen, persentil, ringkasTiket,
  type TiketStatistik,
} from './statistik.ts';

const jam = (hhmmss: string) => new Date(`2026-11-30T${hhmmss}+07:00`);

/** A ticket with no timestamps; tests set what they need. */
const tiket = (o: Partial<TiketStatistik>): TiketStatistik => ({
  status: 'menunggu', checkInPada: null, antriPada: null, dipanggilPada: null, mulaiPada: null, selesaiPada: null,
  standarMenit: 15, ...o,
});

describe('menitTunggu', () => {
  it.each([
    ['check-in to first call', { checkInPada: jam('08:00:00'), antriPada: jam('08:05:00'), dipanggilPada: jam('08:12:30') }, 12.5],
    ['antriPada when there is no check-in', { checkInPada: null, antriPada: jam('08:05:00'), dipanggilPada: jam('08:12:30') }, 7.5],
    ['null when never called', { checkInPada: jam('08:00:00'), antriPada: null, dipanggilPada: null }, null],
    ['null when it never arrived', { checkInPada: null, antriPada: null, dipanggilPada: jam('08:00:00') }, null],
    ['0, not negative, when the clock went back', { checkInPada: jam('08:10:00'), antriPada: null, dipanggilPada: jam('08:00:00') }, 0],
  ])('should measure %s', (_n, t, expected) => {
    expect(menitTunggu(t)).toBe(expected);
  });
});

describe('menitLayanan', () => {
  it.each([
    ['selesai', 'selesai', jam('08:15:00'), jam('08:25:30'), 10.5],
    ['not selesai', 'dilayani', jam('08:15:00'), null, null],
    ['selesai without a start', 'selesai', null, jam('08:25:00'), null],
    ['a no-show, even with timestamps', 'tidak_hadir', jam('08:15:00'), jam('08:25:00'), null],
  ] as const)('should measure %s', (_n, status, mulaiPada, selesaiPada, expected) => {
    expect(menitLayanan({ status, mulaiPada, selesaiPada })).toBe(expected);
  });
});

describe('mencapaiMenunggu', () => {
  it.each([
    [jam('08:00:00'), null, true],
    [null, jam('08:00:00'), true],
    [null, null, false],
  ])('checkIn %s antri %s → %s', (checkInPada, antriPada, expected) => {
    expect(mencapaiMenunggu({ checkInPada, antriPada })).toBe(expected);
  });
});

describe('persentil (linear interpolation = percentile_cont)', () => {
  it.each([
    [[], 0.5, null],
    [[7], 0.5, 7],
    [[7], 0.9, 7],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[4, 1, 3, 2], 0.5, 2.5],
    [[10, 20, 30, 40, 50], 0.5, 30],
    [[10, 20, 30, 40, 50], 0.9, 46],
    [[10, 20, 30, 40, 50], 0, 10],
    [[10, 20, 30, 40, 50], 1, 50],
    [[5, 10], 0.9, 9.5],
  ])('persentil(%j, %d) → %s', (nilai, p, expected) => {
    const r = persentil(nilai, p);
    if (expected == null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(expected, 10);
  });

  it('should refuse a fraction outside 0–1', () => {
    expect(() => persentil([1], 90)).toThrow(RangeError);
  });
});

describe('bulatkanMenit and persen', () => {
  it.each([
    [12.25, 12.3], [12.24, 12.2], [1.05, 1.1], [0, 0], [7.5, 7.5], [null, null],
  ])('bulatkanMenit(%s) → %s', (x, expected) => {
    expect(bulatkanMenit(x)).toBe(expected);
  });

  it.each([
    [2, 3, 66.7], [1, 3, 33.3], [1, 8, 12.5], [0, 4, 0], [4, 4, 100], [1, 0, null],
  ])('persen(%d, %d) → %s', (a, b, expected) => {
    expect(persen(a, b)).toBe(expected);
  });
});

describe('ringkasTiket', () => {
  it('should compute every figure of a mixed set of tickets', () => {
    const r = ringkasTiket([
      // served: wait 10, service 10 (standard 15 → within)
      tiket({ status: 'selesai', checkInPada: jam('08:00:00'), dipanggilPada: jam('08:10:00'), mulaiPada: jam('08:11:00'), selesaiPada: jam('08:21:00') }),
      // served: wait 20, service 20 (standard 15 → over)
      tiket({ status: 'selesai', checkInPada: jam('08:00:00'), dipanggilPada: jam('08:20:00'), mulaiPada: jam('08:20:00'), selesaiPada: jam('08:40:00') }),
      // no-show: called once after 30 minutes
      tiket({ status: 'tidak_hadir', antriPada: jam('08:00:00'), dipanggilPada: jam('08:30:00') }),
      // still waiting
      tiket({ status: 'menunggu', checkInPada: jam('09:00:00'), antriPada: jam('09:00:00') }),
      // never arrived
      tiket({ status: 'kedaluwarsa' }),
      tiket({ status: 'dibatalkan' }),
    ]);
    expect(r).toEqual({
      jumlahTiket: 6, dilayani: 2, tidakHadir: 1, dibatalkan: 1, kedaluwarsa: 1,
      tungguRata: 20, tungguP50: 20, tungguP90: 28,
      layananRata: 15, layananP50: 15, layananP90: 19,
      persenTidakHadir: 25, // 1 of the 4 that reached menunggu
      persenDalamStandar: 50,
    });
  });

  it('should report nulls, not zeros, when nothing can be measured', () => {
    expect(ringkasTiket([])).toEqual({
      jumlahTiket: 0, dilayani: 0, tidakHadir: 0, dibatalkan: 0, kedaluwarsa: 0,
      tungguRata: null, tungguP50: null, tungguP90: null, layananRata: null, layananP50: null, layananP90: null,
      persenTidakHadir: null, persenDalamStandar: null,
    });
  });

  it('should count a service time exactly equal to the standard as within it', () => {
    const r = ringkasTiket([tiket({ status: 'selesai', mulaiPada: jam('10:00:00'), selesaiPada: jam('10:15:00'), standarMenit: 15 })]);
    expect(r.persenDalamStandar).toBe(100);
  });
});

describe('periksaRentang', () => {
  it.each([
    ['2026-01-01', '2026-01-01', []],
    ['2026-01-01', '2026-12-31', []],
    ['2028-01-01', '2028-12-31', []], // leap year: 366 days
    ['2026-01-01', '2027-01-01', []], // 366 days
    ['2026-01-01', '2027-01-02', ['sampai']], // 367 days
    ['2026-02-01', '2026-01-31', ['sampai']],
  ])('%s – %s → %j', (dari, sampai, fields) => {
    expect(periksaRentang(dari, sampai).map((e) => e.field)).toEqual(fields);
  });
});
