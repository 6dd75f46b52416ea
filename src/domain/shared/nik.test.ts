import { describe, expect, it } from 'vitest';
import { KODE_PROVINSI, memuatDeretNik, samarkanNik, samarkanNikDari, validasiNik } from './nik.ts';

const HARI_INI = '2026-11-29';
const kecamatanTanjungbalai = (k: string) => ['127401', '127402', '127403', '127404', '127405', '127406'].includes(k);
const cek = (nik: string, hariIni = HARI_INI) => validasiNik(nik, { hariIni, kodeWilayahDikenal: kecamatanTanjungbalai });

describe(validasiNik.name, () => {
  it.each([
    ['1274011203850001', '1985-03-12', 'L', '127401'],
    ['1274015203850001', '1985-03-12', 'P', '127401'], // day + 40 for women
    ['1274014101000001', '2000-01-01', 'P', '127401'], // women's lowest day 41
    ['1274017112990001', '1999-12-31', 'P', '127401'], // women's highest day 71
    ['1274062902000002', '2000-02-29', 'L', '127406'], // 29 Feb of a leap year
    ['1274066902040002', '2004-02-29', 'P', '127406'],
    ['1271012911260001', '2026-11-29', 'L', '127101'], // born today
    ['1271013011260001', '1926-11-30', 'L', '127101'], // 2026-11-30 is tomorrow → 1926
    ['3171010101300001', '1930-01-01', 'L', '317101'],
    ['9601010101100001', '2010-01-01', 'L', '960101'], // Papua Barat Daya (2022)
    ['  1274011203850001 ', '1985-03-12', 'L', '127401'], // surrounding spaces ignored
    ['1272011203850001', '1985-03-12', 'L', '127201'], // 12.72 = Kota Pematangsiantar, no kecamatan check
  ])('should accept %s → %s %s %s', (nik, tanggalLahir, jenisKelamin, kodeWilayah) => {
    expect(cek(nik)).toEqual({ ok: true, tanggalLahir, jenisKelamin, kodeWilayah });
  });

  it.each([
    ['127401120385000', '16 angka'],
    ['12740112038500011', '16 angka'],
    ['127401120385000A', '16 angka'],
    ['1274 0112 0385 0001', '16 angka'],
    ['', '16 angka'],
    ['2074011203850001', 'provinsi'], // 20 is no province
    ['9701011203850001', 'provinsi'], // there is no 97
    ['0074011203850001', 'provinsi'],
    ['1200011203850001', 'kabupaten/kota'],
    ['1274001203850001', 'Kode kecamatan pada NIK (angka'],
    ['1274070101900001', 'tidak dikenal di Kota Tanjungbalai'], // 12.74.07 does not exist
    ['1274013202850001', 'Tanggal lahir'], // day 32
    ['1274010002850001', 'Tanggal lahir'], // day 00
    ['1274014002850001', 'Tanggal lahir'], // day 40 (women's 00)
    ['1274017202850001', 'Tanggal lahir'], // day 72 (women's 32)
    ['1274011213850001', 'Tanggal lahir'], // month 13
    ['1274011200850001', 'Tanggal lahir'], // month 00
    ['1274013002000001', 'Tanggal lahir'], // 30 Feb
    ['1274012902010001', 'Tanggal lahir'], // 29 Feb 2001 and 1901 are not leap years
    ['1274016902010001', 'Tanggal lahir'], // women's 29 Feb 2001
    ['1274013104900001', 'Tanggal lahir'], // 31 April
    ['1274011203850000', 'Nomor urut'],
  ])('should refuse %s (%s)', (nik, bagian) => {
    const r = cek(nik);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.pesan).toContain(bagian);
  });

  it('should accept 29 Feb 1900-century only when that year is a leap year (1904 but not 1900)', () => {
    expect(cek('1274012902040001', '2003-06-01')).toEqual({ ok: true, tanggalLahir: '1904-02-29', jenisKelamin: 'L', kodeWilayah: '127401' });
    expect(cek('1274012902000001', '1999-06-01').ok).toBe(false); // 2000 is future, 1900 not a leap year
  });

  it('should refuse an age above 110 years', () => {
    expect(cek('1274010101050001', '2115-01-01').ok).toBe(true); // 110 exactly
    const r = cek('1274010101050001', '2116-01-01'); // 111
    expect(r).toEqual({ ok: false, pesan: 'Tanggal lahir pada NIK tidak wajar.' });
  });

  it('should skip the kecamatan check when no lookup is given', () => {
    expect(validasiNik('1274071203850001', { hariIni: HARI_INI }).ok).toBe(true);
  });

  it('should know exactly the 38 provinces', () => {
    expect(KODE_PROVINSI.size).toBe(38);
    for (const k of ['11', '19', '21', '36', '53', '65', '76', '82', '91', '96']) expect(KODE_PROVINSI.has(k), k).toBe(true);
    for (const k of ['10', '20', '22', '37', '54', '66', '77', '83', '90', '97']) expect(KODE_PROVINSI.has(k), k).toBe(false);
  });
});

describe(samarkanNik.name, () => {
  it('should keep the first 4 and last 4 digits only', () => {
    expect(samarkanNik(' 1274014107900001 ')).toBe('1274********0001');
    expect(samarkanNikDari('1274', '0001')).toBe('1274********0001');
  });
});

describe('memuatDeretNik — a NIK/KK-like run of 16 digits in free text', () => {
  it.each([
    ['NIK 1274010101900001 sudah dicek', true],
    ['KK 1274 0101 0190 0001', true],
    ['1274.0101.0190.0001', true],
    ['1274-0101-0190-0001', true],
    ['NIP 19860926 201505 1 001', true],
    ['15 digit 127401010190000', false],
    ['dua spasi 12740101  01900001', false],
    ['tiket A-007 pukul 10.48, 601 tiket', false],
  ])('%s → %s', (teks, hasil) => {
    expect(memuatDeretNik(teks)).toBe(hasil);
  });
});
