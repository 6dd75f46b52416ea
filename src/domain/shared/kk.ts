/**
 * The 16-digit number of a Kartu Keluarga (nomor KK), pelayanan.md §5.3: `PP KK CC DDMMYY XXXX` — region of
 * issue (province, kabupaten/kota, kecamatan; Kemendagri codes), the issue date (day, month, 2-digit year;
 * unlike the NIK there is no +40 for women: a KK belongs to a household), and a sequence. No check digit,
 * so validation covers format, a known province, non-zero region codes and a plausible issue date.
 * Personal data (UU 27/2022, pelayanan.md §5.2): show it only masked, like the NIK.
 *
 * Pure: no I/O, no clock (`hariIni` is a parameter).
 */
import { KODE_PROVINSI } from './nik.ts';

export type HasilKk = { ok: true; tanggalTerbit: string; kodeWilayah: string } | { ok: false; pesan: string };

const gagal = (pesan: string): HasilKk => ({ ok: false, pesan });
const dua = (n: number) => String(n).padStart(2, '0');

function tanggalAda(tahun: number, bulan: number, hari: number): boolean {
  const d = new Date(Date.UTC(tahun, bulan - 1, hari));
  return d.getUTCFullYear() === tahun && d.getUTCMonth() === bulan - 1 && d.getUTCDate() === hari;
}

/**
 * Validates a KK number the citizen typed (pelayanan.md §5.3). Leading/trailing spaces are ignored.
 * Rules: 16 digits; province code in KODE_PROVINSI; kabupaten/kota and kecamatan codes not 00; digits 7–12
 * a real date DDMMYY (day 01–31, no +40 rule), the century chosen so the date is ≤ `hariIni` (2000s first,
 * else 1900s); sequence not 0000.
 *
 * @example validasiKk('1274010512150003', { hariIni: '2026-11-29' }) → { ok: true, tanggalTerbit: '2015-12-05', kodeWilayah: '127401' }
 * @returns `{ ok: true, tanggalTerbit, kodeWilayah }` or `{ ok: false, pesan }` in Bahasa Indonesia
 */
export function validasiKk(kk: string, opts: { hariIni: string }): HasilKk {
  const s = kk.trim();
  if (!/^\d{16}$/.test(s)) return gagal('Nomor KK harus terdiri dari 16 angka.');
  if (!KODE_PROVINSI.has(s.slice(0, 2))) return gagal('Kode provinsi pada nomor KK (2 angka pertama) tidak dikenal.');
  if (s.slice(2, 4) === '00') return gagal('Kode kabupaten/kota pada nomor KK (angka ke-3 dan ke-4) tidak valid.');
  if (s.slice(4, 6) === '00') return gagal('Kode kecamatan pada nomor KK (angka ke-5 dan ke-6) tidak valid.');
  const hari = Number(s.slice(6, 8));
  const bulan = Number(s.slice(8, 10));
  const yy = Number(s.slice(10, 12));
  let tanggalTerbit: string | null = null;
  for (const tahun of [2000 + yy, 1900 + yy]) {
    const t = `${tahun}-${dua(bulan)}-${dua(hari)}`;
    if (tanggalAda(tahun, bulan, hari) && t <= opts.hariIni) { tanggalTerbit = t; break; }
  }
  if (!tanggalTerbit) return gagal('Tanggal pada nomor KK (angka ke-7 sampai ke-12) tidak valid.');
  if (s.slice(12) === '0000') return gagal('Nomor urut pada nomor KK (4 angka terakhir) tidak valid.');
  return { ok: true, tanggalTerbit, kodeWilayah: s.slice(0, 6) };
}
