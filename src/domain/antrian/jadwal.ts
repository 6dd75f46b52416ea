/**
 * When a queue lokasi is open (pelayanan.md §3.2 "Booking time slots", §6 "slot generation skips closed
 * days"). Pure: the calendar data are parameters. Dates are WIB `YYYY-MM-DD`.
 */
import { isHariKerja, menitDariJam, type Interval, type JadwalMingguan } from '../shared/hari-kerja.ts';
import { tambahHari } from '../shared/tanggal.ts';

export type OpsiJadwalLokasi = {
  /** The lokasi's weekly service hours (antrian_lokasi.jam_layanan). */
  jadwal: JadwalMingguan;
  /** City-wide closed dates (hari_libur: libur nasional, cuti bersama, libur lokal, tutup darurat). */
  libur: ReadonlySet<string>;
  /** This lokasi's own closed dates (antrian_tutup). */
  tutup: ReadonlySet<string>;
};

/** Whether the lokasi serves on `tanggal`: a weekday with service hours, not a holiday, not closed locally. */
export function lokasiBuka(tanggal: string, opts: OpsiJadwalLokasi): boolean {
  return !opts.tutup.has(tanggal) && isHariKerja(tanggal, opts);
}

/**
 * The open dates among the `jumlahHari` calendar days starting at `dari` (inclusive), ascending —
 * the dates slots are generated for (e.g. the next `hariPesanKeDepan` days).
 * @example tanggalBuka('2026-12-21', 7, opts) → ['2026-12-21','2026-12-22','2026-12-23'] (24–25 Dec closed, weekend)
 */
export function tanggalBuka(dari: string, jumlahHari: number, opts: OpsiJadwalLokasi): string[] {
  const hasil: string[] = [];
  for (let i = 0; i < jumlahHari; i++) {
    const t = tambahHari(dari, i);
    if (lokasiBuka(t, opts)) hasil.push(t);
  }
  return hasil;
}

const NAMA_HARI: Record<string, string> = {
  '1': 'Senin', '2': 'Selasa', '3': 'Rabu', '4': 'Kamis', '5': 'Jumat', '6': 'Sabtu', '7': 'Minggu',
};

function menitAtauNull(jam: unknown): number | null {
  if (typeof jam !== 'string') return null;
  try {
    return menitDariJam(jam);
  } catch {
    return null;
  }
}

function masalahHari(hari: string, intervals: unknown): string[] {
  const nama = NAMA_HARI[hari];
  if (!Array.isArray(intervals)) return [`${nama}: daftar jam harus berupa larik`];
  const masalah: string[] = [];
  const valid: Array<{ a: number; b: number; teks: string }> = [];
  for (const iv of intervals as Array<Partial<Record<'mulai' | 'selesai', unknown>>>) {
    const a = menitAtauNull(iv?.mulai);
    const b = menitAtauNull(iv?.selesai);
    const teks = `${String(iv?.mulai)}–${String(iv?.selesai)}`;
    if (a === null || b === null) masalah.push(`${nama}: jam ${teks} tidak valid (format JJ:MM, 00:00–24:00)`);
    else if (a >= b) masalah.push(`${nama}: jam mulai ${String(iv.mulai)} harus sebelum jam selesai ${String(iv.selesai)}`);
    else valid.push({ a, b, teks });
  }
  valid.sort((x, y) => x.a - y.a);
  for (let i = 1; i < valid.length; i++) {
    if (valid[i]!.a < valid[i - 1]!.b) masalah.push(`${nama}: jam ${valid[i - 1]!.teks} dan ${valid[i]!.teks} bertumpang tindih`);
  }
  return masalah;
}

/**
 * Problems of a weekly schedule, in Indonesian for the admin form (empty = valid): unknown weekday keys,
 * malformed "HH:MM", reversed or empty intervals, overlapping intervals of the same day.
 * Touching intervals (12:00 end, 12:00 start) are allowed. Accepts untrusted JSON.
 */
export function validasiJadwalMingguan(j: unknown): string[] {
  if (typeof j !== 'object' || j === null || Array.isArray(j)) return ['Jadwal harus berupa objek hari → daftar jam'];
  return Object.entries(j).flatMap(([hari, intervals]) =>
    hari in NAMA_HARI ? masalahHari(hari, intervals) : [`Hari "${hari}" tidak dikenal (gunakan 1 = Senin … 7 = Minggu)`]);
}

/** Whether two intervals of one day share time (touching ends do not overlap). Times "HH:MM". */
export function intervalBertumpang(a: Interval, b: Interval): boolean {
  return menitDariJam(a.mulai) < menitDariJam(b.selesai) && menitDariJam(b.mulai) < menitDariJam(a.selesai);
}

/**
 * Whether a booking session fits inside ONE open interval of the lokasi on at least one weekday
 * (a session that never fits would never be bookable). Sessions may still fall outside the hours of
 * some weekdays (e.g. 13:30–15:30 on Friday after prayer): the slot generator skips it there.
 */
export function sesiDalamJamLayanan(sesi: Interval, jadwal: JadwalMingguan): boolean {
  const a = menitDariJam(sesi.mulai);
  const b = menitDariJam(sesi.selesai);
  return Object.values(jadwal).some((hari) =>
    (hari ?? []).some((iv) => menitDariJam(iv.mulai) <= a && b <= menitDariJam(iv.selesai)));
}
