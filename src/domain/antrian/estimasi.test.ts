import { describe, expect, it } from 'vitest';
import { estimasiTunggu } from './estimasi.ts';

describe(estimasiTunggu.name, () => {
  it.each([
    [{ didepan: 4, rataRataMenit: 10, loketAktif: 2 }, { minMenit: 14, maksMenit: 26 }],
    [{ didepan: 10, rataRataMenit: 10, loketAktif: 1 }, { minMenit: 70, maksMenit: 130 }], // no float drift (70.00000001)
    [{ didepan: 1, rataRataMenit: 7, loketAktif: 3 }, { minMenit: 2, maksMenit: 4 }], // 2.33 → 1.63..3.03, rounded up
    [{ didepan: 0, rataRataMenit: 15, loketAktif: 2 }, { minMenit: 0, maksMenit: 0 }],
    [{ didepan: 3, rataRataMenit: 0, loketAktif: 1 }, { minMenit: 0, maksMenit: 0 }],
  ])('should estimate %o as %o', (input, hasil) => {
    expect(estimasiTunggu(input)).toEqual(hasil);
  });

  it.each([0, -1])('should give no estimate with %i active counters', (loketAktif) => {
    expect(estimasiTunggu({ didepan: 5, rataRataMenit: 10, loketAktif })).toBeNull();
  });
});
