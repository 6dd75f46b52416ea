import { describe, expect, it } from 'vitest';
import { hitungPeriode, labelPeriode } from './periode.ts';

describe(hitungPeriode.name, () => {
  it.each([
    [{ jenisPeriode: 'triwulan', tahun: 2026, ke: 1 }, '2026-01-01', '2026-03-31', 'Triwulan I 2026'],
    [{ jenisPeriode: 'triwulan', tahun: 2026, ke: 3 }, '2026-07-01', '2026-09-30', 'Triwulan III 2026'],
    [{ jenisPeriode: 'triwulan', tahun: 2028, ke: 1 }, '2028-01-01', '2028-03-31', 'Triwulan I 2028'],
    [{ jenisPeriode: 'semester', tahun: 2026, ke: 1 }, '2026-01-01', '2026-06-30', 'Semester I 2026'],
    [{ jenisPeriode: 'semester', tahun: 2026, ke: 2 }, '2026-07-01', '2026-12-31', 'Semester II 2026'],
    [{ jenisPeriode: 'tahun', tahun: 2027 }, '2027-01-01', '2027-12-31', 'Tahun 2027'],
  ] as const)('should give %o → %s … %s (%s)', (p, mulai, selesai, label) => {
    expect(hitungPeriode(p)).toEqual({ ok: true, mulai, selesai, label });
  });

  it.each([
    [{ jenisPeriode: 'triwulan', tahun: 2026 }, /pilih triwulan/],
    [{ jenisPeriode: 'triwulan', tahun: 2026, ke: 5 }, /1–4/],
    [{ jenisPeriode: 'semester', tahun: 2026, ke: 3 }, /1–2/],
    [{ jenisPeriode: 'tahun', tahun: 2026, ke: 1 }, /kosongkan/],
  ] as const)('should refuse %o', (p, pesan) => {
    const r = hitungPeriode(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.pesan).toMatch(pesan);
  });

  it('should label stored periods the same way', () => {
    expect(labelPeriode({ jenisPeriode: 'triwulan', tahun: 2026, ke: 4 })).toBe('Triwulan IV 2026');
    expect(labelPeriode({ jenisPeriode: 'tahun', tahun: 2026, ke: null })).toBe('Tahun 2026');
  });
});
