import { describe, expect, it } from 'vitest';
import { formatAngka, formatPersen, formatTanggal } from './format.ts';

describe('formatTanggal', () => {
  it.each([
    ['2026-11-30', 'id', false, '30 Nov'],
    ['2026-11-30', 'id', true, '30 Nov 2026'],
    ['2026-08-17', 'en', true, '17 Aug 2026'],
  ] as const)('%s (%s, panjang %s) → %s', (tanggal, lang, panjang, expected) => {
    expect(formatTanggal(tanggal, lang, panjang)).toBe(expected);
  });

  // Regression: Mantine's LineChart calls the tooltip labelFormatter with `undefined` while no point is
  // hovered; the page crashed with "RangeError: Invalid time value".
  it.each([
    [undefined, ''],
    [null, ''],
    ['', ''],
    ['undefined', 'undefined'],
    ['2026-02-30x', '2026-02-30x'],
    ['2026-13-45', '2026-13-45'],
    [42, '42'],
  ])('should not throw for %j but give %j', (input, expected) => {
    expect(formatTanggal(input, 'id', true)).toBe(expected);
  });
});

describe('formatAngka / formatPersen', () => {
  it('should use the decimal comma in Indonesian and an en dash for nothing', () => {
    expect(formatAngka(12.46, 'id')).toBe('12,5');
    expect(formatAngka(12.46, 'en')).toBe('12.5');
    expect(formatAngka(null, 'id')).toBe('–');
    expect(formatAngka(Number.NaN, 'id')).toBe('–');
    expect(formatPersen(66.67, 'id')).toBe('66,7 %');
    expect(formatPersen(66.67, 'en')).toBe('66.7%');
  });
});
