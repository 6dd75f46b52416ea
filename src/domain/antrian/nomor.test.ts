import { describe, expect, it } from 'vitest';
import { formatNomor } from './nomor.ts';

describe(formatNomor.name, () => {
  it.each([
    ['A', 1, 'A-001'],
    ['A', 7, 'A-007'],
    ['B', 42, 'B-042'],
    ['KK', 999, 'KK-999'],
    ['C', 1000, 'C-1000'],
  ])('should format %s %i as %s', (prefix, urut, hasil) => {
    expect(formatNomor(prefix, urut)).toBe(hasil);
  });
});
