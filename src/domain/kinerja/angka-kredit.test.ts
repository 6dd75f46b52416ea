import { describe, expect, it } from 'vitest';
import { angkaKredit, KOEFISIEN_AK_AWAL } from './angka-kredit.ts';

describe('angkaKredit (PermenPANRB 1/2023; kinerja.md §1.9a)', () => {
  it('should reproduce the worked example: 2 months Baik as Ahli Pertama = 2.08', () => {
    expect(angkaKredit('baik', 2, KOEFISIEN_AK_AWAL['Ahli Pertama']!)).toBe(2.083);
    expect(angkaKredit('baik', 2, 12.5).toFixed(2)).toBe('2.08');
  });
  it.each([
    ['sangat_baik', 18.75], ['baik', 12.5], ['butuh_perbaikan', 9.375], ['kurang', 6.25], ['sangat_kurang', 3.125],
  ] as const)('should convert a full year %s as Ahli Pertama to %d', (p, ak) => {
    expect(angkaKredit(p, 12, 12.5)).toBe(ak);
  });
  it('should give Ahli Madya Baik for a year 37.5', () => {
    expect(angkaKredit('baik', 12, KOEFISIEN_AK_AWAL['Ahli Madya']!)).toBe(37.5);
  });
  it('should refuse months outside 1..12 and a non-positive coefficient', () => {
    expect(() => angkaKredit('baik', 0, 12.5)).toThrow(RangeError);
    expect(() => angkaKredit('baik', 13, 12.5)).toThrow(RangeError);
    expect(() => angkaKredit('baik', 1.5, 12.5)).toThrow(RangeError);
    expect(() => angkaKredit('baik', 6, 0)).toThrow(RangeError);
  });
});
