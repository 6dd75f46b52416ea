import { describe, expect, it } from 'vitest';
import { angkaKata, ejaNomor, teksPanggilan } from './ucapan.ts';

describe(angkaKata.name, () => {
  it.each([
    [0, 'nol'], [1, 'satu'], [7, 'tujuh'], [9, 'sembilan'], [10, 'sepuluh'], [11, 'sebelas'], [12, 'dua belas'],
    [19, 'sembilan belas'], [20, 'dua puluh'], [21, 'dua puluh satu'], [40, 'empat puluh'], [99, 'sembilan puluh sembilan'],
    [100, 'seratus'], [101, 'seratus satu'], [110, 'seratus sepuluh'], [111, 'seratus sebelas'], [115, 'seratus lima belas'],
    [200, 'dua ratus'], [345, 'tiga ratus empat puluh lima'], [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'], [1001, 'seribu satu'], [1250, 'seribu dua ratus lima puluh'], [2000, 'dua ribu'],
    [11_000, 'sebelas ribu'], [100_000, 'seratus ribu'], [999_999, 'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
  ])('should say %i as "%s"', (n, kata) => {
    expect(angkaKata(n)).toBe(kata);
  });

  it.each([-1, 1.5, 1_000_000, Number.NaN])('should refuse %s', (n) => {
    expect(() => angkaKata(n)).toThrow(RangeError);
  });
});

describe(ejaNomor.name, () => {
  it.each([
    ['A-007', 'A nol nol tujuh'],
    ['KK-012', 'K K nol satu dua'],
    ['b-100', 'B satu nol nol'],
    ['F-000', 'F nol nol nol'],
  ])('should spell %s as "%s"', (nomor, eja) => {
    expect(ejaNomor(nomor)).toBe(eja);
  });
});

describe(teksPanggilan.name, () => {
  it.each([
    ['A-007', 3, 'Nomor antrian A nol nol tujuh, silakan menuju loket tiga'],
    ['B-120', 11, 'Nomor antrian B satu dua nol, silakan menuju loket sebelas'],
    ['KK-001', 21, 'Nomor antrian K K nol nol satu, silakan menuju loket dua puluh satu'],
    ['C-010', 12, 'Nomor antrian C nol satu nol, silakan menuju loket dua belas'],
  ] as const)('should call %s to loket %i', (nomor, loket, teks) => {
    expect(teksPanggilan(nomor, loket)).toBe(teks);
  });
});
