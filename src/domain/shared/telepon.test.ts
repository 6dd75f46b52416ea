import { describe, expect, it } from 'vitest';
import { normalisasiTelepon } from './telepon.ts';

describe(normalisasiTelepon.name, () => {
  it.each([
    ['081234567890', '6281234567890'],
    ['0812-3456-7890', '6281234567890'],
    [' +62 812 3456 7890 ', '6281234567890'],
    ['6281234567890', '6281234567890'],
    ['(0812) 345.678', '62812345678'], // 10 digits: the shortest
    ['081234567890123', '6281234567890123'], // 15 digits: the longest
  ])('should normalise %s to %s', (teks, hasil) => {
    expect(normalisasiTelepon(teks)).toBe(hasil);
  });

  it.each([
    '08123456', // 8 digits
    '081234567', // 9 digits
    '0812345678901234', // 16 digits
    '0212345678', // landline (Jakarta)
    '+6521234567890', // not Indonesia
    '62-0812345678', // 620…
    'nomor saya 0812345678',
    '',
  ])('should refuse %s', (teks) => {
    expect(normalisasiTelepon(teks)).toBeNull();
  });
});
