import { describe, expect, it } from 'vitest';
import { compareGolonganPns } from './golongan.ts';
import {
  JENIS_JABATAN,
  JENIS_JABATAN_LABEL,
  JENJANG_JF_KEAHLIAN,
  JENJANG_JF_KETERAMPILAN,
  JENJANG_JPT,
  JENJANG_LABEL,
  RENTANG_GOLONGAN_JF,
  isJenisJabatan,
  isJenjangValid,
  isManajerial,
  jenjangOf,
  kategoriJf,
  labelJabatan,
  type JenisJabatan,
  type JenjangJabatan,
  type JenjangJf,
} from './jabatan.ts';

describe('JENIS_JABATAN', () => {
  it.each([
    ['JPT', 'Jabatan Pimpinan Tinggi'],
    ['ADMINISTRATOR', 'Jabatan Administrator'],
    ['PENGAWAS', 'Jabatan Pengawas'],
    ['PELAKSANA', 'Jabatan Pelaksana'],
    ['FUNGSIONAL', 'Jabatan Fungsional'],
  ] as const)('should label %s as %s', (jenis, label) => {
    expect(JENIS_JABATAN).toContain(jenis);
    expect(JENIS_JABATAN_LABEL[jenis]).toBe(label);
  });

  it('should have exactly five kinds', () => {
    expect(JENIS_JABATAN).toHaveLength(5);
  });

  it('should have the jenjang lists of kinerja.md §5.4', () => {
    expect(JENJANG_JPT).toEqual(['UTAMA', 'MADYA', 'PRATAMA']);
    expect(JENJANG_JF_KEAHLIAN).toEqual(['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA']);
    expect(JENJANG_JF_KETERAMPILAN).toEqual(['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA']);
  });
});

describe(jenjangOf.name, () => {
  it.each<[JenisJabatan, readonly string[]]>([
    ['JPT', ['UTAMA', 'MADYA', 'PRATAMA']],
    ['FUNGSIONAL', ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA', 'PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA']],
    ['ADMINISTRATOR', []],
    ['PENGAWAS', []],
    ['PELAKSANA', []],
  ])('should list the levels of %s', (jenis, expected) => {
    expect(jenjangOf(jenis)).toEqual(expected);
  });
});

describe(isJenjangValid.name, () => {
  it.each<[JenisJabatan, string | null | undefined, boolean]>([
    ['JPT', 'PRATAMA', true],
    ['JPT', 'AHLI_MUDA', false],
    ['JPT', null, false],
    ['FUNGSIONAL', 'AHLI_MUDA', true],
    ['FUNGSIONAL', 'PENYELIA', true],
    ['FUNGSIONAL', 'PRATAMA', false],
    ['FUNGSIONAL', undefined, false],
    ['ADMINISTRATOR', null, true],
    ['PENGAWAS', undefined, true],
    ['PELAKSANA', 'PEMULA', false],
  ])('should judge (%s, %s) as %s', (jenis, jenjang, expected) => {
    expect(isJenjangValid(jenis, jenjang)).toBe(expected);
  });
});

describe(isJenisJabatan.name, () => {
  it.each([
    ['JPT', true],
    ['FUNGSIONAL', true],
    ['jpt', false],
    ['STRUKTURAL', false],
    [null, false],
  ] as const)('should return %s → %s', (value, expected) => {
    expect(isJenisJabatan(value)).toBe(expected);
  });
});

describe(kategoriJf.name, () => {
  it.each<[JenjangJf, string]>([
    ['AHLI_PERTAMA', 'KEAHLIAN'],
    ['AHLI_UTAMA', 'KEAHLIAN'],
    ['PEMULA', 'KETERAMPILAN'],
    ['MAHIR', 'KETERAMPILAN'],
  ])('should put %s in %s', (jenjang, kategori) => {
    expect(kategoriJf(jenjang)).toBe(kategori);
  });
});

describe(isManajerial.name, () => {
  it.each<[JenisJabatan, boolean]>([
    ['JPT', true],
    ['ADMINISTRATOR', true],
    ['PENGAWAS', true],
    ['PELAKSANA', false],
    ['FUNGSIONAL', false],
  ])('should classify %s as manajerial = %s (UU 20/2023)', (jenis, expected) => {
    expect(isManajerial(jenis)).toBe(expected);
  });
});

describe('RENTANG_GOLONGAN_JF', () => {
  it.each(Object.entries(RENTANG_GOLONGAN_JF))('should give %s a range %j with min ≤ max', (_jenjang, [min, max]) => {
    expect(compareGolonganPns(min, max)).toBeLessThanOrEqual(0);
  });

  it.each<[JenjangJf, string, string]>([
    ['AHLI_PERTAMA', 'III/a', 'III/b'],
    ['AHLI_MADYA', 'IV/a', 'IV/c'],
    ['PEMULA', 'II/a', 'II/a'],
    ['PENYELIA', 'III/c', 'III/d'],
  ])('should give %s the golongan range %s–%s (kinerja.md §5.4)', (jenjang, min, max) => {
    expect(RENTANG_GOLONGAN_JF[jenjang]).toEqual([min, max]);
  });
});

describe(labelJabatan.name, () => {
  it.each<[JenisJabatan, JenjangJabatan | null, string]>([
    ['FUNGSIONAL', 'AHLI_MUDA', 'Jabatan Fungsional Ahli Muda'],
    ['JPT', 'PRATAMA', 'Jabatan Pimpinan Tinggi Pratama'],
    ['PENGAWAS', null, 'Jabatan Pengawas'],
    ['FUNGSIONAL', 'PENYELIA', 'Jabatan Fungsional Penyelia'],
  ])('should label (%s, %s) as %s', (jenis, jenjang, label) => {
    expect(labelJabatan(jenis, jenjang)).toBe(label);
  });

  it('should have an Indonesian label for every jenjang', () => {
    for (const j of [...JENJANG_JPT, ...JENJANG_JF_KEAHLIAN, ...JENJANG_JF_KETERAMPILAN]) {
      expect(JENJANG_LABEL[j]).toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+)?$/);
    }
  });

  it('should throw a RangeError for an invalid pair', () => {
    expect(() => labelJabatan('PELAKSANA', 'AHLI_MUDA')).toThrow(RangeError);
  });
});
