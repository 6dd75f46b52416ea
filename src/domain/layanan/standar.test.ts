import { describe, expect, it } from 'vitest';
import {
  formatBiaya, formatJangkaWaktu, menitAnggaran, standarBerlakuPada, validasiBerlakuMulai, validasiStandar, type StandarIsi,
} from './standar.ts';

const wib = (s: string) => new Date(`${s}+07:00`);

describe('standarBerlakuPada', () => {
  const v1 = { versi: 1, terbit: true, berlakuMulai: wib('2026-01-01T00:00:00') };
  const v2 = { versi: 2, terbit: true, berlakuMulai: wib('2026-07-01T00:00:00') };
  const draf = { versi: 3, terbit: false, berlakuMulai: wib('2026-02-01T00:00:00') };
  const semua = [v2, draf, v1];

  it.each([
    ['before any version', '2025-12-31T23:59:59', null],
    ['exactly at the first start', '2026-01-01T00:00:00', 1],
    ['one second before the boundary', '2026-06-30T23:59:59', 1],
    ['exactly at the boundary', '2026-07-01T00:00:00', 2],
    ['long after', '2027-05-01T10:00:00', 2],
    ['while a draft with an earlier start exists', '2026-03-01T00:00:00', 1],
  ])('should pick the version in force %s', (_n, at, versi) => {
    expect(standarBerlakuPada(semua, wib(at))?.versi ?? null).toBe(versi);
  });

  it('should never pick a draft, even if it is the only version', () => {
    expect(standarBerlakuPada([draf], wib('2030-01-01T00:00:00'))).toBeNull();
  });

  it('should prefer the higher versi on an equal start', () => {
    const a = { versi: 4, terbit: true, berlakuMulai: wib('2026-08-01T00:00:00') };
    const b = { versi: 5, terbit: true, berlakuMulai: wib('2026-08-01T00:00:00') };
    expect(standarBerlakuPada([b, a], wib('2026-09-01T00:00:00'))?.versi).toBe(5);
    expect(standarBerlakuPada([a, b], wib('2026-09-01T00:00:00'))?.versi).toBe(5);
  });

  it('should return null for no versions', () => {
    expect(standarBerlakuPada([], new Date())).toBeNull();
  });
});

describe('formatJangkaWaktu / menitAnggaran / formatBiaya', () => {
  it.each([
    [{ nilai: 3, satuan: 'hari_kerja' as const }, '3 hari kerja', null],
    [{ nilai: 1, satuan: 'hari_kerja' as const }, '1 hari kerja', null],
    [{ nilai: 60, satuan: 'menit' as const }, '60 menit', 60],
    [{ nilai: 1, satuan: 'jam' as const }, '1 jam', 60],
    [{ nilai: 24, satuan: 'jam' as const }, '24 jam', 1440],
  ])('should format %o as %s with a budget of %s working minutes', (j, teks, menit) => {
    expect(formatJangkaWaktu(j)).toBe(teks);
    expect(menitAnggaran(j)).toBe(menit);
  });

  it.each([
    [0, 'Gratis'],
    [500, 'Rp 500'],
    [1000, 'Rp 1.000'],
    [150000, 'Rp 150.000'],
    [12500000, 'Rp 12.500.000'],
  ])('should show biaya %d as %s', (rp, teks) => {
    expect(formatBiaya(rp)).toBe(teks);
  });
});

const sah = (): StandarIsi => ({
  persyaratan: [
    { kode: 'kk', nama: 'Kartu Keluarga', jenis: 'fotokopi', wajib: 'wajib', unggah: true },
    { kode: 'surat-kehilangan', nama: 'Surat kehilangan dari Kepolisian', jenis: 'asli', wajib: 'kondisional', keterangan: 'Bila KTP-el hilang', unggah: true },
    { kode: 'nama-ibu', nama: 'Nama ibu kandung', jenis: 'isian', wajib: 'wajib', unggah: false },
  ],
  prosedur: [{ langkah: 'Pemohon mengajukan permohonan', aktor: 'Pemohon' }],
  jangkaWaktuNilai: 1, jangkaWaktuSatuan: 'hari_kerja',
  biayaRupiah: 0, biayaKeterangan: 'Gratis (UU 24/2013 Pasal 79A)',
  produk: 'KTP-el',
  pengaduanKanal: ['SIKAP /pengaduan'],
  dasarHukum: ['UU 24/2013'],
});

describe('validasiStandar', () => {
  it('should accept a complete standard', () => {
    expect(validasiStandar(sah())).toEqual([]);
  });

  it.each<[string, (s: StandarIsi) => void, string]>([
    ['a code that is not a slug', (s) => { s.persyaratan[0]!.kode = 'Kartu Keluarga'; }, 'persyaratan.0.kode'],
    ['a code with a trailing minus', (s) => { s.persyaratan[0]!.kode = 'kk-'; }, 'persyaratan.0.kode'],
    ['a duplicate code', (s) => { s.persyaratan[2]!.kode = 'kk'; }, 'persyaratan.2.kode'],
    ['an empty item name', (s) => { s.persyaratan[1]!.nama = '  '; }, 'persyaratan.1.nama'],
    ['an uploaded isian', (s) => { s.persyaratan[2]!.unggah = true; }, 'persyaratan.2.unggah'],
    ['a conditional item without explanation', (s) => { s.persyaratan[1]!.keterangan = null; }, 'persyaratan.1.keterangan'],
    ['no prosedur step', (s) => { s.prosedur = []; }, 'prosedur'],
    ['a step without actor', (s) => { s.prosedur[0]!.aktor = ''; }, 'prosedur.0.aktor'],
    ['a jangka waktu of 0', (s) => { s.jangkaWaktuNilai = 0; }, 'jangkaWaktuNilai'],
    ['a negative jangka waktu', (s) => { s.jangkaWaktuNilai = -3; }, 'jangkaWaktuNilai'],
    ['a fractional jangka waktu', (s) => { s.jangkaWaktuNilai = 1.5; }, 'jangkaWaktuNilai'],
    ['366 working days', (s) => { s.jangkaWaktuNilai = 366; }, 'jangkaWaktuNilai'],
    ['a negative biaya', (s) => { s.biayaRupiah = -1; }, 'biayaRupiah'],
    ['a fractional biaya', (s) => { s.biayaRupiah = 10.5; }, 'biayaRupiah'],
    ['no produk', (s) => { s.produk = ''; }, 'produk'],
    ['no complaint channel', (s) => { s.pengaduanKanal = []; }, 'pengaduanKanal'],
    ['an empty complaint channel', (s) => { s.pengaduanKanal.push(' '); }, 'pengaduanKanal.1'],
    ['no dasar hukum', (s) => { s.dasarHukum = []; }, 'dasarHukum'],
  ])('should refuse %s (field %s)', (_n, rusak, field) => {
    const s = sah();
    rusak(s);
    expect(validasiStandar(s).map((m) => m.field)).toContain(field);
  });

  it('should accept the bounds: 1 minute, 1440 minutes, 365 working days, biaya 0', () => {
    for (const [nilai, satuan] of [[1, 'menit'], [1440, 'menit'], [365, 'hari_kerja'], [500, 'jam']] as const) {
      expect(validasiStandar({ ...sah(), jangkaWaktuNilai: nilai, jangkaWaktuSatuan: satuan })).toEqual([]);
    }
    expect(validasiStandar({ ...sah(), jangkaWaktuNilai: 1441, jangkaWaktuSatuan: 'menit' }).map((m) => m.field)).toEqual(['jangkaWaktuNilai']);
  });

  it('should allow a standard without persyaratan (information services)', () => {
    expect(validasiStandar({ ...sah(), persyaratan: [] })).toEqual([]);
  });
});

describe('validasiBerlakuMulai', () => {
  const now = wib('2026-11-30T08:00:00');
  it.each([
    ['now', '2026-11-30T08:00:00', [], null],
    ['4 minutes ago (tolerance)', '2026-11-30T07:56:00', [], null],
    ['tomorrow', '2026-12-01T00:00:00', ['2026-01-01T00:00:00'], null],
    ['today 00:00 WIB (retroactive)', '2026-11-30T00:00:00', [], 'berlakuMulai'],
    ['last year', '2025-11-30T08:00:00', [], 'berlakuMulai'],
    ['before an announced future version', '2026-12-15T00:00:00', ['2027-01-01T00:00:00'], 'berlakuMulai'],
    ['equal to the previous start', '2027-01-01T00:00:00', ['2027-01-01T00:00:00'], 'berlakuMulai'],
    ['after the previous start', '2027-01-02T00:00:00', ['2027-01-01T00:00:00'], null],
  ])('should judge a start of %s', (_n, mulai, sebelumnya, field) => {
    const m = validasiBerlakuMulai({ berlakuMulai: wib(mulai), now, terbitSebelumnya: sebelumnya.map(wib) });
    expect(m?.field ?? null).toBe(field);
  });
});
