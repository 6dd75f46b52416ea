import { describe, expect, it } from 'vitest';
import { NAMA_BULAN, tambahBulan, tambahHari, tanggalPanjangId, tanggalWib } from './tanggal.ts';

describe(tanggalWib.name, () => {
  it.each([
    ['2026-11-29T16:59:59Z', '2026-11-29'],
    ['2026-11-29T17:00:00Z', '2026-11-30'], // midnight WIB, not midnight UTC
    ['2026-12-31T17:00:00Z', '2027-01-01'],
  ])('should give the WIB date of %s as %s', (iso, tanggal) => {
    expect(tanggalWib(new Date(iso))).toBe(tanggal);
  });
});

describe(tambahHari.name, () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-10', 0, '2026-01-10'],
  ])('should add to %s %i days → %s', (t, n, hasil) => {
    expect(tambahHari(t, n)).toBe(hasil);
  });
});

describe(tambahBulan.name, () => {
  it.each([
    ['2026-12-09', -12, '2025-12-09'], ['2026-03-31', -1, '2026-02-28'], ['2028-03-31', -1, '2028-02-29'],
    ['2026-01-15', 12, '2027-01-15'], ['2026-01-31', 1, '2026-02-28'], ['2026-05-05', 0, '2026-05-05'],
  ] as const)('%s %+d months → %s', (t, n, hasil) => {
    expect(tambahBulan(t, n)).toBe(hasil);
  });
});

describe('tanggalPanjangId', () => {
  it.each([
    ['2027-01-14', '14 Januari 2027'],
    ['2026-12-31', '31 Desember 2026'],
    ['2026-12-31T17:00:00Z', '31 Desember 2026'],
    ['2026-13-01', '2026-13-01'],
    ['belum ditetapkan', 'belum ditetapkan'],
  ])('%s → %s', (t, hasil) => {
    expect(tanggalPanjangId(t)).toBe(hasil);
  });

  it('should name twelve months, January first', () => {
    expect([NAMA_BULAN.length, NAMA_BULAN[0], NAMA_BULAN[11]]).toEqual([12, 'Januari', 'Desember']);
  });
});
