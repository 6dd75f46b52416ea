import { describe, expect, it } from 'vitest';
import type { BarisStatistik } from '../../../../contracts/antrian-statistik.ts';
import { deretHarian, deretJam, presetDari, rentangPreset } from './periode.ts';

const baris = (kunci: number | string | null, jumlahTiket: number, dilayani = 0) => ({ kunci, jumlahTiket, dilayani }) as BarisStatistik;

describe('rentangPreset', () => {
  it.each([
    ['hariIni', { dari: '2026-11-30', sampai: '2026-11-30' }],
    ['7hari', { dari: '2026-11-24', sampai: '2026-11-30' }],
    ['30hari', { dari: '2026-11-01', sampai: '2026-11-30' }],
    ['tahunIni', { dari: '2026-01-01', sampai: '2026-11-30' }],
  ] as const)('%s → %j', (preset, expected) => {
    expect(rentangPreset(preset, '2026-11-30')).toEqual(expected);
    expect(presetDari(expected, '2026-11-30')).toBe(preset);
  });

  it('should recognise no preset for another range', () => {
    expect(presetDari({ dari: '2026-02-01', sampai: '2026-02-10' }, '2026-11-30')).toBeNull();
  });
});

describe('deretHarian', () => {
  it('should give one point per day with zeros for days without tickets', () => {
    expect(deretHarian([baris('2026-12-31', 4, 3), baris('2027-01-02', 1)], '2026-12-31', '2027-01-02')).toEqual([
      { tanggal: '2026-12-31', jumlahTiket: 4, dilayani: 3 },
      { tanggal: '2027-01-01', jumlahTiket: 0, dilayani: 0 },
      { tanggal: '2027-01-02', jumlahTiket: 1, dilayani: 0 },
    ]);
  });

  it('should give 366 points for a leap year', () => {
    expect(deretHarian([], '2028-01-01', '2028-12-31')).toHaveLength(366);
  });
});

describe('deretJam', () => {
  it('should fill the hours between the first and the last and leave out tickets without an hour', () => {
    expect(deretJam([baris(8, 3), baris(10, 1), baris(null, 5)])).toEqual([
      { jam: '08.00', jumlahTiket: 3 }, { jam: '09.00', jumlahTiket: 0 }, { jam: '10.00', jumlahTiket: 1 },
    ]);
    expect(deretJam([baris(null, 2)])).toEqual([]);
  });
});
