import { describe, expect, it } from 'vitest';
import * as kontrak from '../../../../contracts/skm.ts';
import { JENIS_KELAMIN, PEKERJAAN, PENDIDIKAN, urutDemografi, USIA } from './demografi.ts';
import { formatBulat, formatDesimal } from './format.ts';
import { uraiGalat } from './impor.ts';
import { judulBerulang, subjudulSurvei } from './judul.ts';
import { targetSampel } from './sampel.ts';

describe(formatDesimal.name, () => {
  it.each([
    [82.45, 2, 'id', '82,45'],
    [82.4512, 2, 'id', '82,45'],
    [76.605, 2, 'id', '76,61'],
    [3.1, 4, 'id', '3,1000'],
    [1234.5, 2, 'id', '1.234,50'],
    [82.45, 2, 'en', '82.45'],
  ])('should format %d with %d decimals in %s as %s', (v, d, lang, expected) => {
    expect(formatDesimal(v, d, lang)).toBe(expected);
  });

  it('should print an en dash for no value', () => {
    expect(formatDesimal(null, 2, 'id')).toBe('–');
    expect(formatDesimal(undefined, 2, 'id')).toBe('–');
    expect(formatDesimal(Number.NaN, 2, 'id')).toBe('–');
  });

  it('should group thousands in whole numbers', () => {
    expect(formatBulat(1234, 'id')).toBe('1.234');
    expect(formatBulat(1234, 'en')).toBe('1,234');
  });
});

describe(targetSampel.name, () => {
  it.each([
    ['', null],
    [null, null],
    [-1, null],
    [1.5, null],
    [7, 7],
    [1000, 278],
    [1001, 285],
    [100000, 384],
  ] as const)('should map populasi %s to %s', (populasi, target) => {
    expect(targetSampel(populasi)).toBe(target);
  });
});

describe('demografi constants', () => {
  it('should equal the contract lists (the web copies them to keep zod out of the public bundle)', () => {
    expect(JENIS_KELAMIN).toEqual(kontrak.JENIS_KELAMIN);
    expect(USIA).toEqual(kontrak.USIA);
    expect(PENDIDIKAN).toEqual(kontrak.PENDIDIKAN);
    expect(PEKERJAAN).toEqual(kontrak.PEKERJAAN);
  });
});

describe(subjudulSurvei.name, () => {
  const dasar = { unitNama: 'Dinas Kesehatan', layanan: null, periodeLabel: 'Triwulan IV 2026' };
  it('should drop a default judul that only repeats unit and period', () => {
    expect(subjudulSurvei({ ...dasar, judul: 'SKM Dinas Kesehatan Triwulan IV 2026' })).toEqual(['Triwulan IV 2026']);
  });
  it('should keep layanan and period of a default judul with layanan', () => {
    const s = { ...dasar, layanan: 'Imunisasi', judul: 'SKM Dinas Kesehatan — Imunisasi Triwulan IV 2026' };
    expect(judulBerulang(s)).toBe(true);
    expect(subjudulSurvei(s)).toEqual(['Imunisasi', 'Triwulan IV 2026']);
  });
  it('should show a custom judul, and the period only when the judul lacks it', () => {
    expect(subjudulSurvei({ ...dasar, judul: 'Survei loket terpadu' })).toEqual(['Survei loket terpadu', 'Triwulan IV 2026']);
    expect(subjudulSurvei({ ...dasar, judul: 'Survei loket triwulan iv 2026' })).toEqual(['Survei loket triwulan iv 2026']);
  });
});

describe(urutDemografi.name, () => {
  it('should sort age groups by age, unknown values after them and "Tidak diisi" last', () => {
    const rows = ['Tidak diisi', '60+', '<20', 'lain', '30-39', '20-29'].map((nilai) => ({ nilai, jumlah: 1 }));
    expect(urutDemografi('usia', rows).map((r) => r.nilai)).toEqual(['<20', '20-29', '30-39', '60+', 'lain', 'Tidak diisi']);
  });
});

describe(uraiGalat.name, () => {
  it('should split "baris N, kolom K" and leave file-level errors without a row', () => {
    expect(uraiGalat([
      { field: 'baris 3, kolom U2', message: 'nilai harus bilangan bulat 1–4' },
      { field: 'baris 1, kolom U8, U9', message: 'kolom wajib tidak ada di header: U8, U9' },
      { field: 'file', message: 'berkas tidak berisi satu pun baris jawaban' },
    ])).toEqual([
      { baris: '3', kolom: 'U2', pesan: 'nilai harus bilangan bulat 1–4' },
      { baris: '1', kolom: 'U8, U9', pesan: 'kolom wajib tidak ada di header: U8, U9' },
      { baris: null, kolom: null, pesan: 'berkas tidak berisi satu pun baris jawaban' },
    ]);
  });
});
