import { describe, expect, it } from 'vitest';
import { jadwalPengingat } from './pengingat.ts';

describe(jadwalPengingat.name, () => {
  it.each([
    ['2026-11-20T10:00:00+07:00', '2026-11-30T16:00:00+07:00'], // long before: the afternoon before
    ['2026-11-30T15:59:59+07:00', '2026-11-30T16:00:00+07:00'],
    ['2026-11-30T16:00:00+07:00', '2026-12-01T07:00:00+07:00'], // booked at 16:00 the day before: the morning
    ['2026-12-01T06:59:59+07:00', '2026-12-01T07:00:00+07:00'],
  ])('should remind a booking for 1 Dec made at %s at %s', (now, hasil) => {
    expect(jadwalPengingat('2026-12-01', new Date(now))).toEqual(new Date(hasil));
  });

  it.each(['2026-12-01T07:00:00+07:00', '2026-12-01T09:00:00+07:00'])('should skip the reminder when booked on the day at %s', (now) => {
    expect(jadwalPengingat('2026-12-01', new Date(now))).toBeNull();
  });
});
