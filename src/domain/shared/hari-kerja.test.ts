import { describe, expect, it } from 'vitest';
import {
  JAM_KERJA_ASN, hariIso, intervalKerjaPada, isHariKerja, jumlahHariKerja, menitDariJam, menitKerjaAntara,
  tambahHariKerja, tambahMenitKerja, waktuWib, type Kalender,
} from './hari-kerja.ts';

/** A slice of the 2026 SKB 3 Menteri calendar (libur nasional + cuti bersama). */
const LIBUR_2026 = new Set([
  '2026-03-18', '2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24', // Nyepi + Idulfitri
  '2026-08-17', // Proklamasi (Senin)
  '2026-12-24', // cuti bersama Natal (Kamis)
  '2026-12-25', // Natal (Jumat)
]);
const asn: Kalender = { libur: LIBUR_2026, jadwal: JAM_KERJA_ASN };
const wib = (tanggal: string, jam: string) => waktuWib(tanggal, jam);

describe('JAM_KERJA_ASN (Perpres 21/2023)', () => {
  it('should sum to 37.5 hours a week', () => {
    const menit = Object.values(JAM_KERJA_ASN)
      .flat()
      .reduce((n, i) => n + menitDariJam(i.selesai) - menitDariJam(i.mulai), 0);
    expect(menit / 60).toBe(37.5);
  });

  it('should give Friday a longer prayer break than Monday', () => {
    const istirahat = (h: '1' | '5') => menitDariJam(JAM_KERJA_ASN[h]![1]!.mulai) - menitDariJam(JAM_KERJA_ASN[h]![0]!.selesai);
    expect(istirahat('5')).toBeGreaterThan(istirahat('1'));
  });
});

describe(hariIso.name, () => {
  it.each([
    ['2026-11-30', 1], ['2026-12-04', 5], ['2026-12-05', 6], ['2026-12-06', 7], ['2028-02-29', 2],
  ])('should give %s weekday %i', (t, h) => expect(hariIso(t)).toBe(h));

  it('should refuse a malformed date', () => expect(() => hariIso('30-11-2026')).toThrow(RangeError));
});

describe(waktuWib.name, () => {
  it.each([
    ['2026-11-30', '07:00', '2026-11-30T00:00:00.000Z'], // midnight UTC
    ['2026-11-30', '06:59', '2026-11-29T23:59:00.000Z'], // previous UTC day
    ['2026-11-30', '00:00', '2026-11-29T17:00:00.000Z'],
    ['2026-12-31', '24:00', '2026-12-31T17:00:00.000Z'],
  ])('should place %s %s WIB at %s', (t, j, iso) => expect(waktuWib(t, j).toISOString()).toBe(iso));

  it.each(['7:30', '24:01', '12:60', '25:00', 'jam'])('should refuse the time %s', (j) =>
    expect(() => waktuWib('2026-11-30', j)).toThrow(RangeError));
});

describe(isHariKerja.name, () => {
  it.each([
    ['2026-11-30', true], // Senin
    ['2026-12-04', true], // Jumat
    ['2026-12-05', false], // Sabtu
    ['2026-12-06', false], // Minggu
    ['2026-08-17', false], // libur nasional on a Monday
    ['2026-03-23', false], // cuti bersama Idulfitri
    ['2026-12-24', false], // cuti bersama Natal
  ])('should say %s is a working day: %s', (t, hasil) => expect(isHariKerja(t, asn)).toBe(hasil));

  it('should treat an empty interval list as closed', () => {
    expect(isHariKerja('2026-11-30', { libur: new Set(), jadwal: { '1': [] } })).toBe(false);
  });
});

describe(tambahHariKerja.name, () => {
  it.each([
    ['2026-11-30', 0, '2026-11-30'], // working day stays
    ['2026-12-05', 0, '2026-12-07'], // Saturday rolls forward to Monday
    ['2026-11-30', 1, '2026-12-01'],
    ['2026-12-04', 1, '2026-12-07'], // Friday + 1 → Monday
    ['2026-12-23', 1, '2026-12-28'], // over cuti bersama, Natal and the weekend
    ['2026-12-23', 3, '2026-12-30'],
    ['2026-03-17', 1, '2026-03-25'], // over Nyepi + Idulfitri (7 closed days)
    ['2026-08-14', 1, '2026-08-18'], // Friday → over weekend and 17 Agustus
    ['2026-12-28', -1, '2026-12-23'], // backwards
    ['2026-12-07', -5, '2026-11-30'],
  ])('should add to %s %i working days → %s', (t, n, hasil) => expect(tambahHariKerja(t, n, asn)).toBe(hasil));

  it('should refuse a fractional number of days', () => expect(() => tambahHariKerja('2026-11-30', 1.5, asn)).toThrow(RangeError));

  it('should refuse a calendar without working days instead of looping forever', () => {
    expect(() => tambahHariKerja('2026-11-30', 1, { libur: new Set(), jadwal: {} })).toThrow(RangeError);
  });
});

describe(jumlahHariKerja.name, () => {
  it.each([
    ['2026-11-30', '2026-12-04', 5],
    ['2026-11-30', '2026-12-06', 5], // weekend not counted
    ['2026-12-21', '2026-12-31', 7], // 24, 25 closed + weekend
    ['2026-03-16', '2026-03-27', 5], // Idulfitri week
    ['2026-12-05', '2026-12-05', 0],
    ['2026-11-30', '2026-11-30', 1], // both ends inclusive
    ['2026-12-04', '2026-11-30', 0], // reversed range
  ])('should count working days from %s to %s: %i', (a, b, n) => expect(jumlahHariKerja(a, b, asn)).toBe(n));

  it.each([1, 2, 5, 10])('should agree with tambahHariKerja for n = %i', (n) => {
    const d = '2026-12-18';
    const tiba = tambahHariKerja(d, n, asn);
    expect(jumlahHariKerja('2026-12-19', tiba, asn)).toBe(n);
  });
});

describe(intervalKerjaPada.name, () => {
  it('should give Monday two intervals as instants (07:30 WIB = 00:30 UTC)', () => {
    expect(intervalKerjaPada('2026-11-30', asn).map((i) => [i.mulai.toISOString(), i.selesai.toISOString()])).toEqual([
      ['2026-11-30T00:30:00.000Z', '2026-11-30T05:00:00.000Z'],
      ['2026-11-30T06:00:00.000Z', '2026-11-30T09:00:00.000Z'],
    ]);
  });

  it('should cross midnight UTC for an interval starting before 07:00 WIB', () => {
    const kal: Kalender = { libur: new Set(), jadwal: { '1': [{ mulai: '06:00', selesai: '08:00' }] } };
    const [i] = intervalKerjaPada('2026-11-30', kal);
    expect(i!.mulai.toISOString()).toBe('2026-11-29T23:00:00.000Z');
    expect(i!.selesai.toISOString()).toBe('2026-11-30T01:00:00.000Z');
  });

  it('should sort intervals given out of order', () => {
    const kal: Kalender = { libur: new Set(), jadwal: { '1': [{ mulai: '13:00', selesai: '14:00' }, { mulai: '08:00', selesai: '09:00' }] } };
    expect(intervalKerjaPada('2026-11-30', kal).map((i) => i.mulai.toISOString())).toEqual([
      '2026-11-30T01:00:00.000Z', '2026-11-30T06:00:00.000Z',
    ]);
  });

  it.each(['2026-12-05', '2026-08-17'])('should be empty on the closed day %s', (t) => expect(intervalKerjaPada(t, asn)).toEqual([]));
});

describe(menitKerjaAntara.name, () => {
  it.each([
    ['inside one interval', wib('2026-11-30', '08:00'), wib('2026-11-30', '09:15'), 75],
    ['over the lunch break', wib('2026-11-30', '11:30'), wib('2026-11-30', '13:30'), 60],
    ['over the Friday prayer break', wib('2026-12-04', '11:00'), wib('2026-12-04', '13:30'), 60],
    ['a whole Monday', wib('2026-11-30', '00:00'), wib('2026-12-01', '00:00'), 450],
    ['before opening', wib('2026-11-30', '05:00'), wib('2026-11-30', '07:30'), 0],
    ['over a weekend', wib('2026-12-04', '16:00'), wib('2026-12-07', '08:00'), 30 + 30],
    ['over a holiday Monday', wib('2026-08-14', '16:00'), wib('2026-08-18', '07:45'), 30 + 15],
    ['a whole working week', wib('2026-11-30', '00:00'), wib('2026-12-07', '00:00'), 37.5 * 60],
    ['reversed', wib('2026-11-30', '10:00'), wib('2026-11-30', '09:00'), 0],
  ])('should count %s', (_, a, b, menit) => expect(menitKerjaAntara(a, b, asn)).toBe(menit));

  it('should count fractional minutes', () => {
    expect(menitKerjaAntara(wib('2026-11-30', '08:00'), new Date(wib('2026-11-30', '08:00').getTime() + 30_000), asn)).toBe(0.5);
  });
});

describe(tambahMenitKerja.name, () => {
  it.each([
    ['inside an interval', wib('2026-11-30', '08:00'), 30, wib('2026-11-30', '08:30')],
    ['exactly to the end of the morning', wib('2026-11-30', '11:00'), 60, wib('2026-11-30', '12:00')],
    ['one minute past the morning', wib('2026-11-30', '11:00'), 61, wib('2026-11-30', '13:01')],
    ['exactly to the end of the day', wib('2026-11-30', '15:00'), 60, wib('2026-11-30', '16:00')],
    ['from the break', wib('2026-11-30', '12:30'), 10, wib('2026-11-30', '13:10')],
    ['from before opening', wib('2026-11-30', '06:00'), 30, wib('2026-11-30', '08:00')],
    ['over a weekend', wib('2026-12-04', '16:00'), 60, wib('2026-12-07', '08:00')],
    ['over cuti bersama and Natal', wib('2026-12-23', '15:30'), 60, wib('2026-12-28', '08:00')],
    ['zero minutes outside hours', wib('2026-12-05', '10:00'), 0, wib('2026-12-05', '10:00')],
  ])('should add minutes %s', (_, dari, menit, hasil) => expect(tambahMenitKerja(dari, menit, asn).toISOString()).toBe(hasil.toISOString()));

  it('should be the inverse of menitKerjaAntara', () => {
    const dari = wib('2026-12-22', '09:17');
    const sampai = tambahMenitKerja(dari, 1000, asn);
    expect(menitKerjaAntara(dari, sampai, asn)).toBe(1000);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('should refuse %s minutes', (m) =>
    expect(() => tambahMenitKerja(wib('2026-11-30', '08:00'), m, asn)).toThrow(RangeError));
});
