import { describe, expect, it } from 'vitest';
import { tujuanAman } from './redirect.ts';

describe(tujuanAman.name, () => {
  it.each([
    ['/admin/skm/4', '/admin/skm/4'],
    ['/admin/pegawai?q=Siregar', '/admin/pegawai?q=Siregar'],
    [null, null],
    ['//evil.example', null],
    ['https://evil.example', null],
    ['/%5Cevil.example', null],
    ['/\\evil.example', null],
    ['/%09/evil.example', null],
    ['/%0A/evil', null],
    ['/%E0%A4%A', null],
  ])('should map %s to %s', (ke, hasil) => {
    expect(tujuanAman(ke)).toBe(hasil);
  });
});
