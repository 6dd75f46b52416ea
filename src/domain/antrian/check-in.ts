/**
 * The check-in window of a booked ticket (pelayanan.md §3.2 "QR ticket": the ticket becomes active only
 * after check-in within a window, e.g. −30/+15 minutes around the session start; per lokasi
 * `checkInSebelumMenit`/`checkInSesudahMenit`). Pure: `now` is a parameter.
 */
export type JendelaCheckIn = { buka: Date; tutup: Date };
export type StatusCheckIn = 'terlalu_awal' | 'boleh' | 'terlambat';

const MENIT = 60_000;

/**
 * @param sesiMulai the session start instant
 * @param sebelumMenit minutes before the start the window opens
 * @param sesudahMenit minutes after the start the window closes
 * @returns `{ buka, tutup }`, both inclusive
 */
export function jendelaCheckIn(sesiMulai: Date, sebelumMenit: number, sesudahMenit: number): JendelaCheckIn {
  return {
    buka: new Date(sesiMulai.getTime() - sebelumMenit * MENIT),
    tutup: new Date(sesiMulai.getTime() + sesudahMenit * MENIT),
  };
}

/** Where `now` falls relative to the (inclusive) window. */
export function statusCheckIn(now: Date, jendela: JendelaCheckIn): StatusCheckIn {
  if (now.getTime() < jendela.buka.getTime()) return 'terlalu_awal';
  if (now.getTime() > jendela.tutup.getTime()) return 'terlambat';
  return 'boleh';
}
