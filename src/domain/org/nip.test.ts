import { describe, expect, it } from 'vitest';
import { NipError, formatNip, makeNip, normalizeNip, parseNip, type NipErrorCode } from './nip.ts';

describe(parseNip.name, () => {
  it.each([
    ['19860926 201505 1 001', '198609262015051001', '1986-09-26', '2015-05', 'L', 1],
    ['198609262015051001', '198609262015051001', '1986-09-26', '2015-05', 'L', 1],
    ['19860926.201505.1.001', '198609262015051001', '1986-09-26', '2015-05', 'L', 1],
    ['  19900101  201403 2 015 ', '199001012014032015', '1990-01-01', '2014-03', 'P', 15],
    ['19920229 201401 2 999', '199202292014012999', '1992-02-29', '2014-01', 'P', 999], // leap day
    ['20000229 201803 1 002', '200002292018031002', '2000-02-29', '2018-03', 'L', 2], // 2000 is a leap year
    ['19900615 200806 1 001', '199006152008061001', '1990-06-15', '2008-06', 'L', 1], // TMT in the month of the 18th birthday
  ] as const)('should parse %s', (input, nip, tanggalLahir, tmtCpns, jenisKelamin, urutan) => {
    expect(parseNip(input)).toEqual({ ok: true, nip, tanggalLahir, tmtCpns, jenisKelamin, urutan });
  });

  it.each<[string, string, NipErrorCode]>([
    ['an empty string', '', 'FORMAT'],
    ['17 digits', '19860926201505100', 'FORMAT'],
    ['19 digits', '1986092620150510011', 'FORMAT'],
    ['a letter', '19860926 201505 1 00A', 'FORMAT'],
    ['hyphens', '19860926-201505-1-001', 'FORMAT'],
    ['a 9-digit NIP lama', '010234567', 'FORMAT'],
    ['month 13 of birth', '19861326 201505 1 001', 'TANGGAL_LAHIR'],
    ['30 February', '19860230 201505 1 001', 'TANGGAL_LAHIR'],
    ['29 February of a common year', '19870229 201505 1 001', 'TANGGAL_LAHIR'],
    ['29 February 1900 (not a leap year)', '19000229 193005 1 001', 'TANGGAL_LAHIR'],
    ['day 00', '19860900 201505 1 001', 'TANGGAL_LAHIR'],
    ['a year before 1900', '18991231 193005 1 001', 'TANGGAL_LAHIR'],
    ['the NIK "+40 for women" day (no such rule in NIP)', '19860966 201505 2 001', 'TANGGAL_LAHIR'],
    ['TMT month 13', '19860926 201513 1 001', 'BULAN_TMT'],
    ['TMT month 00', '19860926 201500 1 001', 'BULAN_TMT'],
    ['TMT a month before the 18th birthday', '19900615 200805 1 001', 'TMT_SEBELUM_18'],
    ['TMT before birth', '19860926 198001 1 001', 'TMT_SEBELUM_18'],
    ['gender digit 0', '19860926 201505 0 001', 'JENIS_KELAMIN'],
    ['gender digit 3', '19860926 201505 3 001', 'JENIS_KELAMIN'],
    ['sequence 000', '19860926 201505 1 000', 'URUTAN'],
  ])('should reject %s with code %s', (_name, input, code) => {
    const result = parseNip(input);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.pesan.length).toBeGreaterThan(10);
  });

  it('should reject a non-string input with FORMAT', () => {
    expect(parseNip(198609262015051001 as unknown as string)).toMatchObject({ ok: false, code: 'FORMAT' });
  });

  it.each([
    ['2024-01-01', '20240102 204301 1 001', false],
    ['2024-01-02', '20240102 204301 1 001', true],
  ] as const)('should, with hariIni %s, check that the birth date of %s is not in the future (ok: %s)', (hariIni, input, ok) => {
    expect(parseNip(input, { hariIni }).ok).toBe(ok);
  });
});

describe(normalizeNip.name, () => {
  it.each([
    ['19860926 201505 1 001', '198609262015051001'],
    ['19860926.201505.1.001', '198609262015051001'],
    ['\t1986 0926\n', '19860926'],
  ])('should strip spaces and dots from %j', (input, expected) => {
    expect(normalizeNip(input)).toBe(expected);
  });
});

describe(formatNip.name, () => {
  it.each([
    ['198609262015051001', '19860926 201505 1 001'],
    ['19860926.201505.1.001', '19860926 201505 1 001'],
    ['19860926 201505 1 001', '19860926 201505 1 001'],
  ])('should format %s as %s', (input, expected) => {
    expect(formatNip(input)).toBe(expected);
  });

  it.each(['12345', '19860926 201505 1 00A', ''])('should throw NipError FORMAT for %j', (input) => {
    expect(() => formatNip(input)).toThrow(NipError);
  });
});

describe(makeNip.name, () => {
  it.each([
    [{ tanggalLahir: '1986-09-26', tmtCpns: '2015-05', jenisKelamin: 'L', urutan: 1 }, '198609262015051001'],
    [{ tanggalLahir: '1990-01-01', tmtCpns: '2014-03', jenisKelamin: 'P', urutan: 15 }, '199001012014032015'],
    [{ tanggalLahir: '1975-12-31', tmtCpns: '2000-01', jenisKelamin: 'P', urutan: 999 }, '197512312000012999'],
  ] as const)('should build %o as %s and parse back to the same parts', (parts, nip) => {
    expect(makeNip(parts)).toBe(nip);
    expect(parseNip(nip)).toEqual({ ok: true, nip, ...parts });
  });

  it.each<[string, Parameters<typeof makeNip>[0], NipErrorCode]>([
    ['a malformed date', { tanggalLahir: '26-09-1986', tmtCpns: '2015-05', jenisKelamin: 'L', urutan: 1 }, 'TANGGAL_LAHIR'],
    ['an impossible date', { tanggalLahir: '1986-02-30', tmtCpns: '2015-05', jenisKelamin: 'L', urutan: 1 }, 'TANGGAL_LAHIR'],
    ['a malformed TMT', { tanggalLahir: '1986-09-26', tmtCpns: '2015-5', jenisKelamin: 'L', urutan: 1 }, 'BULAN_TMT'],
    ['TMT month 13', { tanggalLahir: '1986-09-26', tmtCpns: '2015-13', jenisKelamin: 'L', urutan: 1 }, 'BULAN_TMT'],
    ['TMT at age 17', { tanggalLahir: '1986-09-26', tmtCpns: '2004-08', jenisKelamin: 'L', urutan: 1 }, 'TMT_SEBELUM_18'],
    ['jenis kelamin X', { tanggalLahir: '1986-09-26', tmtCpns: '2015-05', jenisKelamin: 'X' as 'L', urutan: 1 }, 'JENIS_KELAMIN'],
    ['urutan 0', { tanggalLahir: '1986-09-26', tmtCpns: '2015-05', jenisKelamin: 'L', urutan: 0 }, 'URUTAN'],
    ['urutan 1000', { tanggalLahir: '1986-09-26', tmtCpns: '2015-05', jenisKelamin: 'L', urutan: 1000 }, 'URUTAN'],
  ])('should throw NipError for %s', (_name, parts, code) => {
    expect(() => makeNip(parts)).toThrow(expect.objectContaining({ name: 'NipError', code }));
  });
});
