import { describe, expect, it } from 'vitest';
import { akhir, createDataPribadi } from './data-pribadi.ts';

describe('createDataPribadi', () => {
  const dp = createDataPribadi('k'.repeat(32));
  it('should round-trip and never give the same ciphertext twice', () => {
    const a = dp.enkripsi('1274014101900001');
    const b = dp.enkripsi('1274014101900001');
    expect(a).not.toBe(b);
    expect(a).not.toContain('1274014101900001');
    expect(dp.dekripsi(a)).toBe('1274014101900001');
  });
  it('should refuse an altered ciphertext or another key', () => {
    const a = dp.enkripsi('081234567890');
    const parts = a.split('.');
    parts[3] = Buffer.from('xxxxxxxxxxxx').toString('base64url');
    expect(() => dp.dekripsi(parts.join('.'))).toThrow();
    expect(() => createDataPribadi('z'.repeat(32)).dekripsi(a)).toThrow();
  });
  it('should hash deterministically per key and per use', () => {
    expect(dp.hash('1274014101900001')).toBe(dp.hash('1274014101900001'));
    expect(dp.hash('1274014101900001')).toMatch(/^[0-9a-f]{64}$/);
    expect(dp.hash('1274014101900001', 'telepon')).not.toBe(dp.hash('1274014101900001'));
    expect(createDataPribadi('z'.repeat(32)).hash('1274014101900001')).not.toBe(dp.hash('1274014101900001'));
  });
  it('should show only the last 4 digits', () => {
    expect(akhir('1274014101900001')).toBe('0001');
  });
});
