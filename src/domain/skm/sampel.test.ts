import { describe, expect, it } from 'vitest';
import {
  KREJCIE_MORGAN_TABEL,
  progresSampel,
  sampelKrejcieMorgan,
  sampelKrejcieMorganRumus,
} from './sampel.ts';

describe(sampelKrejcieMorgan.name, () => {
  it.each([
    // every value printed in pelayanan.md §1.5
    [10, 10],
    [50, 44],
    [100, 80],
    [200, 132],
    [250, 152],
    [300, 169],
    [500, 217],
    [1000, 278],
    [2000, 322],
    [3000, 341],
    [5000, 357],
    [10_000, 370],
    [20_000, 377],
    [50_000, 381],
    [100_000, 384],
  ])('should give N = %i a sample of %i (table value)', (n, s) => {
    expect(sampelKrejcieMorgan(n)).toBe(s);
  });

  it.each([
    // between rows: the next higher N of the table
    [11, 14],
    [51, 48],
    [99, 80],
    [101, 86],
    [301, 175],
    [501, 226],
    [1001, 285],
    [2001, 327],
    [3001, 346],
    [10_001, 375],
    [75_001, 384],
    // beyond the table
    [100_001, 384],
    [1_000_000, 384],
  ])('should give N = %i the sample of the next higher table row: %i', (n, s) => {
    expect(sampelKrejcieMorgan(n)).toBe(s);
  });

  it.each([0, 1, 5, 9])('should survey everyone when N = %i < 10', (n) => {
    expect(sampelKrejcieMorgan(n)).toBe(n);
  });

  it.each(KREJCIE_MORGAN_TABEL.map(([n, s]) => [n, s]))('should return the table row itself for N = %i (%i)', (n, s) => {
    expect(sampelKrejcieMorgan(n)).toBe(s);
  });

  it('should keep the table strictly ascending in N and non-decreasing in s', () => {
    for (let i = 1; i < KREJCIE_MORGAN_TABEL.length; i += 1) {
      const [nPrev, sPrev] = KREJCIE_MORGAN_TABEL[i - 1] as readonly [number, number];
      const [n, s] = KREJCIE_MORGAN_TABEL[i] as readonly [number, number];
      expect(n).toBeGreaterThan(nPrev);
      expect(s).toBeGreaterThanOrEqual(sPrev);
      // just above the previous row → this row
      expect(sampelKrejcieMorgan(nPrev + 1)).toBe(s);
    }
  });

  it.each([-1, 1.5, Number.NaN, Infinity])('should throw a RangeError for N = %s', (n) => {
    expect(() => sampelKrejcieMorgan(n)).toThrow(RangeError);
  });
});

describe(sampelKrejcieMorganRumus.name, () => {
  it.each([
    // pelayanan.md §1.5: the formula with ceiling differs from the table at these N
    [50, 45, 44],
    [500, 218, 217],
    [2000, 323, 322],
    [50_000, 382, 381],
    [100_000, 383, 384],
  ])('should differ from the table at N = %i (formula %i, table %i), so the table is used', (n, rumus, tabel) => {
    expect(sampelKrejcieMorganRumus(n)).toBe(rumus);
    expect(sampelKrejcieMorgan(n)).toBe(tabel);
  });

  it.each([
    [100, 80],
    [1000, 278],
  ])('should agree with the table elsewhere, e.g. N = %i → %i', (n, s) => {
    expect(sampelKrejcieMorganRumus(n)).toBe(s);
  });

  it('should throw a RangeError for N = 0', () => {
    expect(() => sampelKrejcieMorganRumus(0)).toThrow(RangeError);
  });
});

describe(progresSampel.name, () => {
  it.each([
    // populasi, responden → target, persen, tercapai
    [1000, 0, 278, 0, false],
    [1000, 139, 278, 50, false],
    [1000, 100, 278, 35.9, false], // 35.97… rounds DOWN
    [1000, 277, 278, 99.6, false],
    [1000, 278, 278, 100, true],
    [1000, 400, 278, 100, true], // capped at 100
    [50, 43, 44, 97.7, false],
    [3, 3, 3, 100, true],
    [0, 0, 0, 100, true],
    [100_000, 383, 384, 99.7, false],
  ])('should report N = %i with %i responses as target %i, %s%%, tercapai %s', (populasi, responden, target, persen, tercapai) => {
    expect(progresSampel({ populasi, responden })).toEqual({ target, responden, persen, tercapai });
  });

  it('should never show 100.0% before the target is reached', () => {
    // 383/384 = 99.74 %, 999/1000-style cases round down
    expect(progresSampel({ populasi: 100_000, responden: 383 }).persen).toBeLessThan(100);
  });

  it.each([
    [100, -1],
    [100, 2.5],
    [-5, 10],
  ])('should throw a RangeError for populasi %s, responden %s', (populasi, responden) => {
    expect(() => progresSampel({ populasi, responden })).toThrow(RangeError);
  });
});
