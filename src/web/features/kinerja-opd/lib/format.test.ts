import { describe, expect, it } from 'vitest';
import { formatAngka, formatPersen, formatTanggal, formatWaktu } from './format.ts';

describe('format', () => {
  it('should write numbers the Indonesian way and the English way', () => {
    expect(formatAngka(3989, 'id')).toBe('3.989');
    expect(formatAngka(2.083, 'id', 3)).toBe('2,083');
    expect(formatAngka(2.083, 'en', 3)).toBe('2.083');
    expect(formatAngka(12.5, 'id', 3)).toBe('12,5');
  });

  it('should show a missing percentage as a dash, never 0%', () => {
    expect(formatPersen(null, 'id')).toBe('—');
    expect(formatPersen(0, 'id')).toBe('0%');
    expect(formatPersen(66.7, 'id')).toBe('66,7%');
    expect(formatPersen(100, 'en')).toBe('100%');
  });

  it('should show a WIB date as that calendar date in any time zone', () => {
    expect(formatTanggal('2026-12-18', 'id')).toBe('18 Desember 2026');
    expect(formatTanggal('2026-01-01', 'en')).toBe('1 January 2026');
    expect(formatTanggal('2026-12-18', 'id', true)).toBe('Jumat, 18 Desember 2026');
  });

  it('should show an instant in WIB (UTC+7)', () => {
    expect(formatWaktu('2026-11-29T17:30:00.000Z', 'id')).toMatch(/^30 Nov 2026,? 00[.:]30 WIB$/);
  });
});
