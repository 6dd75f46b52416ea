import { describe, expect, it } from 'vitest';
import {
  GOLONGAN_PNS,
  GOLONGAN_PPPK,
  PANGKAT_PNS,
  compareGolonganPns,
  isGolonganPns,
  isGolonganPppk,
  labelGolonganPns,
  normalizeGolonganPns,
  pangkatOf,
  type GolonganPns,
} from './golongan.ts';

describe('GOLONGAN_PNS', () => {
  const table: [GolonganPns, string][] = [
    ['I/a', 'Juru Muda'],
    ['I/b', 'Juru Muda Tingkat I'],
    ['I/c', 'Juru'],
    ['I/d', 'Juru Tingkat I'],
    ['II/a', 'Pengatur Muda'],
    ['II/b', 'Pengatur Muda Tingkat I'],
    ['II/c', 'Pengatur'],
    ['II/d', 'Pengatur Tingkat I'],
    ['III/a', 'Penata Muda'],
    ['III/b', 'Penata Muda Tingkat I'],
    ['III/c', 'Penata'],
    ['III/d', 'Penata Tingkat I'],
    ['IV/a', 'Pembina'],
    ['IV/b', 'Pembina Tingkat I'],
    ['IV/c', 'Pembina Utama Muda'],
    ['IV/d', 'Pembina Utama Madya'],
    ['IV/e', 'Pembina Utama'],
  ];

  it('should list the 17 PNS golongan from I/a to IV/e in rank order', () => {
    expect([...GOLONGAN_PNS]).toEqual(table.map(([g]) => g));
  });

  it.each(table)('should give %s the pangkat %s (kinerja.md §5.3)', (golongan, pangkat) => {
    expect(PANGKAT_PNS[golongan]).toBe(pangkat);
    expect(pangkatOf(golongan)).toBe(pangkat);
  });
});

describe('GOLONGAN_PPPK', () => {
  it('should list PPPK golongan I…XVII in order (Perpres 98/2020)', () => {
    expect(GOLONGAN_PPPK).toHaveLength(17);
    expect(GOLONGAN_PPPK[0]).toBe('I');
    expect(GOLONGAN_PPPK[8]).toBe('IX');
    expect(GOLONGAN_PPPK[16]).toBe('XVII');
  });
});

describe(isGolonganPns.name, () => {
  it.each([
    ['III/a', true],
    ['IV/e', true],
    ['I/a', true],
    ['III/A', false],
    ['III a', false],
    ['IV/f', false],
    ['V/a', false],
    ['IX', false],
    [3, false],
  ] as const)('should return %s → %s', (value, expected) => {
    expect(isGolonganPns(value)).toBe(expected);
  });
});

describe(isGolonganPppk.name, () => {
  it.each([
    ['I', true],
    ['IX', true],
    ['XVII', true],
    ['XVIII', false],
    ['III/a', false],
    ['ix', false],
    [9, false],
  ] as const)('should return %s → %s', (value, expected) => {
    expect(isGolonganPppk(value)).toBe(expected);
  });
});

describe(normalizeGolonganPns.name, () => {
  it.each([
    ['III/a', 'III/a'],
    ['iii/A', 'III/a'],
    [' III.a ', 'III/a'],
    ['III-a', 'III/a'],
    ['III a', 'III/a'],
    ['IIIa', 'III/a'],
    ['iv/e', 'IV/e'],
    ['I/d', 'I/d'],
    ['II / c', 'II/c'],
    ['IV/f', null],
    ['V/a', null],
    ['IIII/a', null],
    ['IX', null],
    ['', null],
  ])('should normalise %j to %s', (input, expected) => {
    expect(normalizeGolonganPns(input)).toBe(expected);
  });
});

describe(pangkatOf.name, () => {
  it.each(['IX', 'XVII', 'III/A', '', 'Penata'])('should return null for %j (not a PNS golongan)', (input) => {
    expect(pangkatOf(input)).toBeNull();
  });
});

describe(compareGolonganPns.name, () => {
  it.each([
    ['II/d', 'III/a', -1],
    ['III/a', 'III/a', 0],
    ['IV/e', 'I/a', 1],
    ['III/d', 'IV/a', -1],
  ] as const)('should order %s against %s as %i', (a, b, sign) => {
    expect(Math.sign(compareGolonganPns(a, b))).toBe(sign);
  });
});

describe(labelGolonganPns.name, () => {
  it.each([
    ['III/b', 'Penata Muda Tingkat I (III/b)'],
    ['IV/a', 'Pembina (IV/a)'],
  ] as const)('should label %s as %s', (golongan, label) => {
    expect(labelGolonganPns(golongan)).toBe(label);
  });
});
