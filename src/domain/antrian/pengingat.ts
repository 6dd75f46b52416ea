/**
 * When the booking reminder is sent (pelayanan.md §3.2 "SMS/WhatsApp notification": a reminder the day
 * before or the same morning). Pure: `now` is a parameter.
 */
import { waktuWib } from '../shared/hari-kerja.ts';
import { tambahHari } from '../shared/tanggal.ts';

/** Reminder times, WIB: the afternoon before, or — when booked later than that — the morning itself. */
export const JAM_PENGINGAT = { hariSebelumnya: '16:00', hariH: '07:00' } as const;

/**
 * @param tanggal the booked WIB day 'YYYY-MM-DD'
 * @returns 16:00 WIB the day before; else 07:00 WIB the same day; null when both are already past
 */
export function jadwalPengingat(tanggal: string, now: Date): Date | null {
  for (const waktu of [waktuWib(tambahHari(tanggal, -1), JAM_PENGINGAT.hariSebelumnya), waktuWib(tanggal, JAM_PENGINGAT.hariH)]) {
    if (waktu.getTime() > now.getTime()) return waktu;
  }
  return null;
}
