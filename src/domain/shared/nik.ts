/**
 * The 16-digit NIK (Nomor Induk Kependudukan), pelayanan.md §5.3: `PP KK CC DDMMYY XXXX`
 * (province, kabupaten/kota, kecamatan at registration — Kemendagri codes, never BPS —, date of birth with
 * +40 on the day for women, sequence). There is no check digit, so validation covers format, a plausible
 * birth date and a known region (pelayanan.md §5.3–5.4). The NIK is personal data (UU 27/2022, §5.2):
 * show it only as {@link samarkanNik}.
 *
 * Pure: no I/O, no clock (`hariIni` is a parameter).
 */

/**
 * Province codes (Kemendagri) of Indonesia's 38 provinces, incl. the 2022 Papua splits
 * (UU 14, 15, 16/2022 and UU 29/2022; Kepmendagri 100.1.1-6117/2022): 91 Papua, 92 Papua Barat,
 * 93 Papua Selatan, 94 Papua Tengah, 95 Papua Pegunungan, 96 Papua Barat Daya. There is no 97.
 */
export const KODE_PROVINSI: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96',
]);

/** Kemendagri code of Kota Tanjungbalai (12.74 — 1272 is the BPS code, pelayanan.md §0 finding 1). */
export const KODE_KOTA_TANJUNGBALAI = '1274';

/** Oldest plausible age, years (pelayanan.md §5.3: "age ≤ ~110"). */
export const USIA_MAKS = 110;

export type HasilNik =
  | { ok: true; tanggalLahir: string; jenisKelamin: 'L' | 'P'; kodeWilayah: string }
  | { ok: false; pesan: string };

const gagal = (pesan: string): HasilNik => ({ ok: false, pesan });
const dua = (n: number) => String(n).padStart(2, '0');

function tanggalAda(tahun: number, bulan: number, hari: number): boolean {
  const d = new Date(Date.UTC(tahun, bulan - 1, hari));
  return d.getUTCFullYear() === tahun && d.getUTCMonth() === bulan - 1 && d.getUTCDate() === hari;
}

/** Whole years from `lahir` to `hariIni` (both 'YYYY-MM-DD'). */
function usia(lahir: string, hariIni: string): number {
  const tahun = Number(hariIni.slice(0, 4)) - Number(lahir.slice(0, 4));
  return hariIni.slice(5) < lahir.slice(5) ? tahun - 1 : tahun;
}

/**
 * The birth date encoded in digits 7–12, choosing the century (2000s, else 1900s) that gives a date
 * on or before `hariIni` (pelayanan.md §5.3). Null when the day/month is not a real date.
 */
function tanggalLahirDari(ddmmyy: string, hariIni: string): string | null {
  const dd = Number(ddmmyy.slice(0, 2));
  const hari = dd > 40 ? dd - 40 : dd;
  const bulan = Number(ddmmyy.slice(2, 4));
  const yy = Number(ddmmyy.slice(4, 6));
  for (const tahun of [2000 + yy, 1900 + yy]) {
    const t = `${tahun}-${dua(bulan)}-${dua(hari)}`;
    if (tanggalAda(tahun, bulan, hari) && t <= hariIni) return t;
  }
  return null;
}

/**
 * Validates a NIK the citizen typed (pelayanan.md §5.3). Leading/trailing spaces are ignored.
 * Rules: 16 digits; province code in {@link KODE_PROVINSI}; kabupaten/kota and kecamatan codes not 00;
 * day 01–31 (men) or 41–71 (women, day + 40) forming a real date with the month and the 2-digit year
 * (century chosen so the date is ≤ `hariIni`), age ≤ {@link USIA_MAKS}; for a Kota Tanjungbalai
 * prefix (1274) the kecamatan must be known (`kodeWilayahDikenal('127401')`, when given).
 *
 * @param nik  as typed
 * @param opts.hariIni  today, 'YYYY-MM-DD' (WIB)
 * @param opts.kodeWilayahDikenal  is this 6-digit kecamatan code known? (consulted for 1274 prefixes)
 * @returns `{ ok: true, tanggalLahir 'YYYY-MM-DD', jenisKelamin, kodeWilayah (6 digits) }` or `{ ok: false, pesan }`
 *   with a message in Bahasa Indonesia.
 */
export function validasiNik(
  nik: string,
  opts: { hariIni: string; kodeWilayahDikenal?: (kode6: string) => boolean },
): HasilNik {
  const s = nik.trim();
  if (!/^\d{16}$/.test(s)) return gagal('NIK harus terdiri dari 16 angka.');
  if (!KODE_PROVINSI.has(s.slice(0, 2))) return gagal('Kode provinsi pada NIK (2 angka pertama) tidak dikenal.');
  if (s.slice(2, 4) === '00') return gagal('Kode kabupaten/kota pada NIK (angka ke-3 dan ke-4) tidak valid.');
  if (s.slice(4, 6) === '00') return gagal('Kode kecamatan pada NIK (angka ke-5 dan ke-6) tidak valid.');
  const tanggalLahir = tanggalLahirDari(s.slice(6, 12), opts.hariIni);
  if (!tanggalLahir) return gagal('Tanggal lahir pada NIK (angka ke-7 sampai ke-12) tidak valid.');
  if (usia(tanggalLahir, opts.hariIni) > USIA_MAKS) return gagal('Tanggal lahir pada NIK tidak wajar.');
  if (s.slice(0, 4) === KODE_KOTA_TANJUNGBALAI && opts.kodeWilayahDikenal && !opts.kodeWilayahDikenal(s.slice(0, 6))) {
    return gagal('Kode kecamatan pada NIK tidak dikenal di Kota Tanjungbalai.');
  }
  if (s.slice(12) === '0000') return gagal('Nomor urut pada NIK (4 angka terakhir) tidak valid.');
  return { ok: true, tanggalLahir, jenisKelamin: Number(s.slice(6, 8)) > 40 ? 'P' : 'L', kodeWilayah: s.slice(0, 6) };
}

/**
 * The display form of a NIK (pelayanan.md §5.2): first 4 and last 4 digits, the rest masked.
 * @example samarkanNik('1274014107900001') → '1274********0001'
 */
export function samarkanNik(nik: string): string {
  const s = nik.trim();
  return `${s.slice(0, 4)}${'*'.repeat(Math.max(0, s.length - 8))}${s.slice(-4)}`;
}

/** The masked form from its stored parts (the full NIK is not needed): '1274********0001'. */
export function samarkanNikDari(awal4: string, akhir4: string): string {
  return `${awal4}********${akhir4}`;
}

/**
 * A run of 16 digits, also grouped by single spaces, dots or dashes ("1274 0101 …") — what a NIK or a KK
 * number (or an 18-digit NIP) looks like when typed into free text. Such text must not carry it into
 * places that leave the encrypted columns: notifications, public complaint texts, history, the outbox
 * (UU 27/2022; pelayanan.md §5.2). One rule for the services that refuse such input and for the
 * notification renderer that refuses to send it.
 */
export const DERET_16_DIGIT = /\d(?:[\s.-]?\d){15}/;

/** True when `teks` holds a NIK/KK-like run of 16 digits ({@link DERET_16_DIGIT}). */
export function memuatDeretNik(teks: string): boolean {
  return DERET_16_DIGIT.test(teks);
}
