import { describe, expect, it } from 'vitest';
import * as kontrak from '../../../../contracts/skm.ts';
import { JENIS_KELAMIN, PEKERJAAN, PENDIDIKAN, USIA } from './demografi.ts';
import { formatBulat, formatDesimal } from './format.ts';
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
