import { describe, expect, it } from 'vitest';
import {
  intervalBertumpang, lokasiBuka, sesiDalamJamLayanan, tanggalBuka, validasiJadwalMingguan, type OpsiJadwalLokasi,
} from './jadwal.ts';

const jadwal = {
  '1': [{ mulai: '08:00', selesai: '12:00' }, { mulai: '13:00', selesai: '15:30' }],
  '2': [{ mulai: '08:00', selesai: '15:30' }],
  '3': [{ mulai: '08:00', selesai: '15:30' }],
  '4': [{ mulai: '08:00', selesai: '15:30' }],
  '5': [{ mulai: '08:00', selesai: '11:30' }, { mulai: '13:30', selesai: '16:00' }],
  '6': [{ mulai: '08:00', selesai: '12:00' }], // Saturday service (e.g. Mal Pelayanan Publik)
};
const opts: OpsiJadwalLokasi = {
  jadwal,
  libur: new Set(['2026-12-24', '2026-12-25']),
  tutup: new Set(['2026-12-22']),
};

describe(lokasiBuka.name, () => {
  it.each([
    ['2026-12-21', true], // Senin
    ['2026-12-22', false], // closed locally (antrian_tutup)
    ['2026-12-24', false], // cuti bersama
    ['2026-12-26', true], // Saturday with hours
    ['2026-12-27', false], // Sunday without hours
  ])('should say lokasi open on %s: %s', (t, buka) => expect(lokasiBuka(t, opts)).toBe(buka));
});

describe(tanggalBuka.name, () => {
  it.each([
    ['2026-12-21', 7, ['2026-12-21', '2026-12-23', '2026-12-26']],
    ['2026-12-21', 1, ['2026-12-21']],
    ['2026-12-24', 2, []],
    ['2026-12-21', 0, []],
    ['2026-12-31', 2, ['2026-12-31', '2027-01-01']], // across the year (1 Jan not in this test calendar)
  ])('should list open dates from %s for %i days', (dari, n, hasil) => expect(tanggalBuka(dari, n, opts)).toEqual(hasil));
});

describe(validasiJadwalMingguan.name, () => {
  it.each([
    ['a valid schedule', jadwal, []],
    ['an empty schedule', {}, []],
    ['touching intervals', { '1': [{ mulai: '08:00', selesai: '12:00' }, { mulai: '12:00', selesai: '13:00' }] }, []],
    ['until midnight', { '1': [{ mulai: '20:00', selesai: '24:00' }] }, []],
    ['a bad time', { '1': [{ mulai: '8:00', selesai: '12:00' }] }, ['Senin: jam 8:00–12:00 tidak valid (format JJ:MM, 00:00–24:00)']],
    ['an hour out of range', { '2': [{ mulai: '08:00', selesai: '25:00' }] }, ['Selasa: jam 08:00–25:00 tidak valid (format JJ:MM, 00:00–24:00)']],
    ['a reversed interval', { '5': [{ mulai: '12:00', selesai: '08:00' }] }, ['Jumat: jam mulai 12:00 harus sebelum jam selesai 08:00']],
    ['an empty interval', { '5': [{ mulai: '08:00', selesai: '08:00' }] }, ['Jumat: jam mulai 08:00 harus sebelum jam selesai 08:00']],
    ['overlapping intervals given out of order', { '3': [{ mulai: '11:00', selesai: '14:00' }, { mulai: '08:00', selesai: '12:00' }] },
      ['Rabu: jam 08:00–12:00 dan 11:00–14:00 bertumpang tindih']],
    ['an unknown weekday', { '8': [] }, ['Hari "8" tidak dikenal (gunakan 1 = Senin … 7 = Minggu)']],
    ['a day that is not a list', { '7': 'tutup' }, ['Minggu: daftar jam harus berupa larik']],
    ['a missing field', { '1': [{ mulai: '08:00' }] }, ['Senin: jam 08:00–undefined tidak valid (format JJ:MM, 00:00–24:00)']],
    ['not an object', [], ['Jadwal harus berupa objek hari → daftar jam']],
    ['null', null, ['Jadwal harus berupa objek hari → daftar jam']],
  ])('should report problems of %s', (_, j, masalah) => expect(validasiJadwalMingguan(j)).toEqual(masalah));
});

describe(intervalBertumpang.name, () => {
  it.each([
    ['08:00', '10:00', '09:00', '11:00', true],
    ['08:00', '10:00', '10:00', '12:00', false], // touching
    ['08:00', '12:00', '09:00', '10:00', true], // contained
    ['13:00', '14:00', '08:00', '10:00', false],
  ])('should say %s–%s and %s–%s overlap: %s', (a, b, c, d, hasil) =>
    expect(intervalBertumpang({ mulai: a, selesai: b }, { mulai: c, selesai: d })).toBe(hasil));
});

describe(sesiDalamJamLayanan.name, () => {
  it.each([
    ['08:00', '10:00', true],
    ['10:00', '12:00', true], // fits Monday's morning, not Friday's (11:30)
    ['13:30', '15:30', true],
    ['11:30', '13:30', true], // Tuesday 08:00–15:30 has no break
    ['15:00', '16:00', true], // only Friday (until 16:00)
    ['15:30', '16:30', false], // no day until 16:30
    ['07:00', '08:30', false], // before opening everywhere
  ])('should say session %s–%s fits the hours: %s', (mulai, selesai, hasil) =>
    expect(sesiDalamJamLayanan({ mulai, selesai }, jadwal)).toBe(hasil));

  it('should refuse every session when the lokasi has no hours', () => {
    expect(sesiDalamJamLayanan({ mulai: '08:00', selesai: '09:00' }, {})).toBe(false);
  });
});
