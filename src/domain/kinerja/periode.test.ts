import { describe, expect, it } from 'vitest';
import { daftarPeriode, periodeKe, periodePada } from './periode.ts';

describe('periode evaluasi (PermenPANRB 6/2022; kinerja.md §1.8)', () => {
  it('should split a year into 12 months, 4 quarters or 2 semesters that cover it without gaps', () => {
    for (const [jenis, n] of [['bulanan', 12], ['triwulanan', 4], ['semesteran', 2]] as const) {
      const ps = daftarPeriode(2026, jenis);
      expect(ps).toHaveLength(n);
      expect(ps[0]!.mulai).toBe('2026-01-01');
      expect(ps.at(-1)!.selesai).toBe('2026-12-31');
      for (let i = 1; i < ps.length; i++) {
        const prev = new Date(`${ps[i - 1]!.selesai}T00:00:00Z`).getTime();
        expect(new Date(`${ps[i]!.mulai}T00:00:00Z`).getTime() - prev).toBe(86_400_000);
      }
    }
  });
  it('should know February in leap and common years', () => {
    expect(periodeKe(2028, 'bulanan', 2).selesai).toBe('2028-02-29');
    expect(periodeKe(2026, 'bulanan', 2).selesai).toBe('2026-02-28');
  });
  it('should label periods in Indonesian', () => {
    expect(periodeKe(2026, 'triwulanan', 4)).toMatchObject({ label: 'Triwulan IV 2026', mulai: '2026-10-01', selesai: '2026-12-31', bulan: 3 });
    expect(periodeKe(2026, 'semesteran', 2).label).toBe('Semester II 2026');
    expect(periodeKe(2026, 'bulanan', 11).label).toBe('November 2026');
  });
  it.each([
    ['2026-01-01', 'bulanan', 1], ['2026-03-31', 'triwulanan', 1], ['2026-04-01', 'triwulanan', 2],
    ['2026-06-30', 'semesteran', 1], ['2026-07-01', 'semesteran', 2], ['2026-12-31', 'bulanan', 12],
  ] as const)('should place %s in %s period %i', (t, j, ke) => {
    expect(periodePada(t, j).ke).toBe(ke);
  });
  it('should refuse impossible periods and dates', () => {
    expect(() => periodeKe(2026, 'triwulanan', 5)).toThrow(RangeError);
    expect(() => periodeKe(2026, 'bulanan', 0)).toThrow(RangeError);
    expect(() => periodePada('2026/01/01', 'bulanan')).toThrow(RangeError);
  });
});
