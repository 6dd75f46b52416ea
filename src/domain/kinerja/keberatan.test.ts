import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JAM_KERJA_ASN, waktuWib, type Kalender } from '../shared/hari-kerja.ts';
import { PREDIKAT_ORGANISASI } from './distribusi.ts';
import { batasKeberatan, bolehKeberatan, rentangKalenderKeberatan, saranHasilKerjaDariOrganisasi } from './keberatan.ts';

/** The bundled SKB 3 Menteri file (libur nasional + cuti bersama 2026–2027), as the kalender service loads it. */
const berkas = JSON.parse(readFileSync(new URL('../../../scripts/seed/data/hari-libur-nasional.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const libur = new Set(
  Object.entries(berkas).filter(([k]) => /^\d{4}$/.test(k)).flatMap(([, v]) => (v as Array<{ tanggal: string }>).map((e) => e.tanggal)),
);
const kal: Kalender = { libur, jadwal: JAM_KERJA_ASN };
const tanpaLibur: Kalender = { libur: new Set(), jadwal: JAM_KERJA_ASN };

describe('batasKeberatan (kinerja.md §1.3; working days per the kalender)', () => {
  it('should read the holiday file with Natal and its cuti bersama 2026 and the 2027 new year', () => {
    expect([...['2026-12-24', '2026-12-25', '2027-01-01', '2027-01-05']].every((t) => libur.has(t))).toBe(true);
  });

  it.each([
    // penetapan Senin 21 Des 2026: 22, 23 | 24 cuti bersama, 25 Natal, 26–27 weekend | 28 …
    [1, '2026-12-22'],
    [2, '2026-12-23'],
    [3, '2026-12-28'],
    [6, '2026-12-31'],
    // 1 Jan 2027 Tahun Baru (Jumat), 2–3 weekend, 4 Senin, 5 Isra Mikraj
    [7, '2027-01-04'],
    [8, '2027-01-06'],
    [14, '2027-01-14'],
  ])('should give %i working days after Mon 21 Dec 2026 → %s (Natal, cuti bersama, weekends, new year skipped)', (n, batas) => {
    expect(batasKeberatan(waktuWib('2026-12-21', '10:00'), n, kal)).toBe(batas);
  });

  it('should count 14 working days without holidays as two weeks and two days (weekends only)', () => {
    expect(batasKeberatan(waktuWib('2026-12-21', '10:00'), 14, tanpaLibur)).toBe('2027-01-08');
  });

  it('should start from the WIB date of the penetapan, not the UTC date', () => {
    // 23 Des 23:30 WIB = 16:30Z on the 23rd; 24 Des 00:30 WIB = 17:30Z on the 23rd
    expect(batasKeberatan(waktuWib('2026-12-23', '23:30'), 1, kal)).toBe('2026-12-28');
    expect(batasKeberatan(new Date('2026-12-23T16:59:59Z'), 0, kal)).toBe('2026-12-23');
    expect(batasKeberatan(new Date('2026-12-23T17:00:00Z'), 0, kal)).toBe('2026-12-28'); // 24 Des WIB, closed → next working day
  });

  it('should not count a penetapan made on a weekend: the first day is the Monday', () => {
    expect(batasKeberatan(waktuWib('2026-11-28', '09:00'), 1, kal)).toBe('2026-11-30'); // Sabtu → Senin
    expect(batasKeberatan(waktuWib('2026-11-29', '09:00'), 5, kal)).toBe('2026-12-04'); // Minggu → Senin–Jumat
  });

  it('should refuse a negative or fractional number of days', () => {
    expect(() => batasKeberatan(waktuWib('2026-12-21', '10:00'), -1, kal)).toThrow(RangeError);
    expect(() => batasKeberatan(waktuWib('2026-12-21', '10:00'), 1.5, kal)).toThrow(RangeError);
  });
});

describe('rentangKalenderKeberatan', () => {
  it('should reach past the batas for every window up to 60 working days, all through the holiday seasons', () => {
    for (let hari = 0; hari <= 60; hari += 1) {
      for (const t of ['2026-03-16', '2026-05-25', '2026-12-21', '2027-01-01']) {
        const at = waktuWib(t, '10:00');
        const r = rentangKalenderKeberatan(at, hari);
        expect(r.dari).toBe(t);
        expect(batasKeberatan(at, hari, kal) <= r.sampai).toBe(true);
      }
    }
  });
});

describe('bolehKeberatan', () => {
  it('should allow the whole last day (WIB) and nothing after it', () => {
    expect(bolehKeberatan(waktuWib('2027-01-14', '00:00'), '2027-01-14')).toBe(true);
    expect(bolehKeberatan(new Date('2027-01-14T16:59:59.999Z'), '2027-01-14')).toBe(true); // 23:59:59 WIB
    expect(bolehKeberatan(new Date('2027-01-14T17:00:00.000Z'), '2027-01-14')).toBe(false); // 15 Jan 00:00 WIB
    expect(bolehKeberatan(waktuWib('2026-12-21', '10:00'), '2027-01-14')).toBe(true);
  });

  it('should refuse when the penilaian has no batas (not ditetapkan)', () => {
    expect(bolehKeberatan(waktuWib('2026-12-21', '10:00'), null)).toBe(false);
    expect(bolehKeberatan(waktuWib('2026-12-21', '10:00'), undefined)).toBe(false);
  });
});

describe('saranHasilKerjaDariOrganisasi (kinerja.md §1.5 head of a unit)', () => {
  it.each([
    ['istimewa', 'di_atas'],
    ['baik', 'sesuai'],
    ['butuh_perbaikan', 'di_bawah'],
    ['kurang', 'di_bawah'],
    ['sangat_kurang', 'di_bawah'],
  ] as const)('%s → %s', (org, rating) => expect(saranHasilKerjaDariOrganisasi(org)).toBe(rating));

  it('should cover every organisation predikat', () => {
    expect(PREDIKAT_ORGANISASI.map(saranHasilKerjaDariOrganisasi)).toHaveLength(5);
  });
});
