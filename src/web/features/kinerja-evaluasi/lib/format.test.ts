import { describe, expect, it } from 'vitest';
import { isTautanSah, periksaBerkas } from './berkas.ts';
import { bacaAngka, formatAngka, formatAngkaInput, formatTanggal, tanggalWib } from './format.ts';

describe('bacaAngka', () => {
  it.each([
    ['', null], ['  ', null], ['12', 12], ['0', 0], ['12,5', 12.5], ['12.5', 12.5], ['1.234', 1234], ['1.234,75', 1234.75],
    ['1 200', 1200], ['-3', -3],
  ])('should read %j as %j', (s, n) => expect(bacaAngka(s)).toBe(n));
  it.each([1.234, 1234.5, 1200, 0, 12.5])('should read back what formatAngkaInput wrote for %d', (n) => expect(bacaAngka(formatAngkaInput(n))).toBe(n));
  it.each(['abc', '12,5,1', '1..2', '12a'])('should give NaN for %j', (s) => expect(bacaAngka(s)).toBeNaN());
});

describe('format', () => {
  it('should write figures with the Indonesian decimal comma and grouping', () => {
    expect(formatAngka(82.456, 'id')).toBe('82,46');
    expect(formatAngka(1200, 'id')).toBe('1.200');
    expect(formatAngka(82.5, 'en')).toBe('82.5');
  });
  it('should write a WIB date without shifting it by the device zone', () => {
    expect(formatTanggal('2026-12-18', 'id')).toBe('18 Desember 2026');
    expect(formatTanggal('2026-12-18', 'id', true)).toBe('Jumat, 18 Desember 2026');
  });
  it('should give the WIB date of an instant (UTC 17:00 is already the next day in WIB)', () => {
    expect(tanggalWib(new Date('2026-11-29T16:59:59Z'))).toBe('2026-11-29');
    expect(tanggalWib(new Date('2026-11-29T17:00:00Z'))).toBe('2026-11-30');
  });
});

describe('berkas', () => {
  it('should accept PDF/JPEG/PNG up to 5 MB and refuse the rest', () => {
    expect(periksaBerkas({ name: 'a.pdf', type: 'application/pdf', size: 5 * 1024 * 1024 })).toBeNull();
    expect(periksaBerkas({ name: 'a.pdf', type: 'application/pdf', size: 5 * 1024 * 1024 + 1 })).toBe('berkasBesar');
    expect(periksaBerkas({ name: 'foto.JPG', type: '', size: 10 })).toBeNull();
    expect(periksaBerkas({ name: 'a.docx', type: 'application/msword', size: 10 })).toBe('jenisBerkasSalah');
  });
  it.each([
    ['https://drive.example.go.id/laporan', true], ['http://a.b', true], ['javascript:alert(1)', false], ['data:text/html,x', false],
    ['file:///etc/passwd', false], ['bukan tautan', false],
  ])('should judge %j as link: %j', (s, ok) => expect(isTautanSah(s)).toBe(ok));
});
