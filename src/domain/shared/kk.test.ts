import { describe, expect, it } from 'vitest';
import { validasiKk } from './kk.ts';

const HARI_INI = '2026-11-29';
const cek = (kk: string, hariIni = HARI_INI) => validasiKk(kk, { hariIni });

describe(validasiKk.name, () => {
  it.each([
    ['1274010512150003', '2015-12-05', '127401'],
    ['  1274010512150003 ', '2015-12-05', '127401'], // spaces ignored
    ['1274062902000001', '2000-02-29', '127406'], // leap day
    ['1271012911260001', '2026-11-29', '127101'], // issued today
    ['1271013011260001', '1926-11-30', '127101'], // 30-11-26 is tomorrow → 1926
    ['9601010101100001', '2010-01-01', '960101'], // Papua Barat Daya (2022)
    ['3171013112990001', '1999-12-31', '317101'],
  ])('should accept %s (issued %s, region %s)', (kk, tanggalTerbit, kodeWilayah) => {
    expect(cek(kk)).toEqual({ ok: true, tanggalTerbit, kodeWilayah });
  });

  it.each([
    ['127401051215000', '16 angka'],
    ['12740105121500031', '16 angka'],
    ['12740105121500O3', '16 angka'],
    ['1274 0105 1215 0003', '16 angka'],
    ['', '16 angka'],
    ['2074010512150003', 'provinsi'],
    ['9701010512150003', 'provinsi'],
    ['1200010512150003', 'kabupaten/kota'],
    ['1274000512150003', 'kecamatan'],
    ['1274014512150003', 'Tanggal'], // day 45: the NIK's +40 rule does not apply to a KK
    ['1274010012150003', 'Tanggal'], // day 00
    ['1274013202150003', 'Tanggal'], // day 32
    ['1274010513150003', 'Tanggal'], // month 13
    ['1274010500150003', 'Tanggal'], // month 00
    ['1274012902010003', 'Tanggal'], // 29 Feb 2001 / 1901: no leap year
    ['1274013104150003', 'Tanggal'], // 31 April
    ['1274010512150000', 'Nomor urut'],
  ])('should refuse %j (%s)', (kk, bagian) => {
    const h = cek(kk);
    expect(h.ok).toBe(false);
    if (!h.ok) expect(h.pesan).toContain(bagian);
  });

  it('should choose the 1900s when the 2000s date lies in the future', () => {
    expect(cek('1274010101270001', '2026-11-29')).toEqual({ ok: true, tanggalTerbit: '1927-01-01', kodeWilayah: '127401' });
    expect(cek('1274010101270001', '2027-01-01')).toEqual({ ok: true, tanggalTerbit: '2027-01-01', kodeWilayah: '127401' });
  });
});
