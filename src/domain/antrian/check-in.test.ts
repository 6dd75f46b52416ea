import { describe, expect, it } from 'vitest';
import { jendelaCheckIn, statusCheckIn } from './check-in.ts';

const mulai = new Date('2026-12-01T08:00:00+07:00');

describe(jendelaCheckIn.name, () => {
  it('should open N minutes before and close M minutes after the session start', () => {
    expect(jendelaCheckIn(mulai, 30, 15)).toEqual({ buka: new Date('2026-12-01T07:30:00+07:00'), tutup: new Date('2026-12-01T08:15:00+07:00') });
    expect(jendelaCheckIn(mulai, 0, 60)).toEqual({ buka: mulai, tutup: new Date('2026-12-01T09:00:00+07:00') });
  });
});

describe(statusCheckIn.name, () => {
  const j = jendelaCheckIn(mulai, 30, 15);
  it.each([
    ['2026-12-01T07:29:59+07:00', 'terlalu_awal'],
    ['2026-12-01T07:30:00+07:00', 'boleh'], // −30 min exactly
    ['2026-12-01T08:00:00+07:00', 'boleh'],
    ['2026-12-01T08:15:00+07:00', 'boleh'], // +15 min exactly
    ['2026-12-01T08:15:01+07:00', 'terlambat'], // +15 min + 1 s
    ['2026-11-30T08:00:00+07:00', 'terlalu_awal'],
  ] as const)('should classify %s as %s', (iso, hasil) => {
    expect(statusCheckIn(new Date(iso), j)).toBe(hasil);
  });
});
