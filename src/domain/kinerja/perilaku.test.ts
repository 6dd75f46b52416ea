import { describe, expect, it } from 'vitest';
import { isKodePerilaku, KODE_PERILAKU, PERILAKU_BERAKHLAK, perilakuSkp } from './perilaku.ts';

describe('BerAKHLAK (SE MenPANRB 20/2021; kinerja.md §1.4)', () => {
  it('should list the 7 values in the order of the acronym B-A-K-H-L-A-K', () => {
    expect(PERILAKU_BERAKHLAK.map((p) => p.nama)).toEqual([
      'Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif',
    ]);
    expect(PERILAKU_BERAKHLAK.map((p) => p.nama[0]).join('')).toBe('BAKHLAK');
    expect(PERILAKU_BERAKHLAK.map((p) => p.kode)).toEqual([...KODE_PERILAKU]);
  });

  it.each(PERILAKU_BERAKHLAK.map((p) => [p.kode, p] as const))('%s should have a short meaning and exactly 3 non-empty panduan', (_k, p) => {
    expect(p.ringkas.length).toBeGreaterThan(10);
    expect(p.panduan).toHaveLength(3);
    for (const g of p.panduan) expect(g.trim().length).toBeGreaterThan(5);
    expect(new Set(p.panduan).size).toBe(3);
  });

  it.each([
    ['akuntabel', true], ['kolaboratif', true], ['Akuntabel', false], ['berakhlak', false], ['', false],
  ] as const)('isKodePerilaku(%j) → %s', (k, ok) => {
    expect(isKodePerilaku(k)).toBe(ok);
  });

  it('should attach the ekspektasi khusus per value, trimming, with blank/missing as null and unknown keys ignored', () => {
    const rows = perilakuSkp({ akuntabel: '  Laporan keuangan tepat waktu ', kompeten: '   ', loyal: null, lain: 'x' });
    expect(rows).toHaveLength(7);
    expect(rows.find((r) => r.kode === 'akuntabel')!.ekspektasiKhusus).toBe('Laporan keuangan tepat waktu');
    expect(rows.find((r) => r.kode === 'kompeten')!.ekspektasiKhusus).toBeNull();
    expect(rows.find((r) => r.kode === 'loyal')!.ekspektasiKhusus).toBeNull();
    expect(rows.find((r) => r.kode === 'harmonis')!.ekspektasiKhusus).toBeNull();
    expect(rows.map((r) => r.kode)).toEqual([...KODE_PERILAKU]);
    // a copy: mutating the result never changes the catalogue
    rows[0]!.panduan.push('x');
    expect(PERILAKU_BERAKHLAK[0]!.panduan).toHaveLength(3);
  });
});
