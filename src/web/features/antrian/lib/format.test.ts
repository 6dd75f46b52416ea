import { describe, expect, it } from 'vitest';
import { samarkanTelepon } from './format.ts';

describe('samarkanTelepon', () => {
  it.each([
    ['0812 3456 7890', '0812****7890'],
    ['+62 812-3456-7890', '0812****7890'],
    ['62812345678', '0812**5678'],
    ['123', '123'],
  ])('%s → %s', (masuk, keluar) => {
    expect(samarkanTelepon(masuk)).toBe(keluar);
  });
});
