import { describe, expect, it } from 'vitest';
import { daftarPeriode } from '../../../../domain/kinerja/periode.ts';
import { keDariParam, periodeBawaan, tahunDariParam, tahunPilihan } from './periode.ts';

const bulanan2026 = daftarPeriode(2026, 'bulanan');
const triwulan2026 = daftarPeriode(2026, 'triwulanan');

describe('periodeBawaan', () => {
  it.each([
    ['2026-11-30', 10], // November running → October (last ended)
    ['2026-11-01', 10],
    ['2026-10-31', 9], // October's last day: October has not ended yet
    ['2026-01-15', 1], // nothing ended → the first period
    ['2027-02-01', 12], // past year → its last period
  ])('should open bulanan 2026 on %s with period %i', (hari, ke) => {
    expect(periodeBawaan(bulanan2026, hari)).toBe(ke);
  });

  it('should work with quarters', () => {
    expect(periodeBawaan(triwulan2026, '2026-11-30')).toBe(3);
    expect(periodeBawaan(triwulan2026, '2026-10-01')).toBe(3);
    expect(periodeBawaan(triwulan2026, '2026-09-30')).toBe(2);
  });

  it('should fall back to tahunan when the year has no periods', () => {
    expect(periodeBawaan([], '2026-11-30')).toBe(0);
  });
});

describe('URL params', () => {
  it.each([['0', 0], ['10', 10], ['12', 12], ['13', null], ['-1', null], ['x', null], [null, null], ['1.5', null]] as const)(
    'should read ke %s as %s', (v, ke) => expect(keDariParam(v)).toBe(ke));
  it.each([['2026', 2026], ['2000', 2000], ['2100', 2100], ['1999', null], ['2101', null], ['26', null], [null, null]] as const)(
    'should read tahun %s as %s', (v, t) => expect(tahunDariParam(v)).toBe(t));
  it('should offer next year and three past years', () => {
    expect(tahunPilihan(2026)).toEqual([2027, 2026, 2025, 2024, 2023]);
  });
});
