/**
 * The 18-digit NIP (Nomor Induk Pegawai) of a PNS, Perka BKN 22/2007 jo 43/2007.
 * Spec: /work/shared/domain/kinerja.md §5.2.
 *
 * Layout `YYYYMMDD YYYYMM G NNN`:
 * - digits 1–8   tanggal lahir (YYYYMMDD)
 * - digits 9–14  TMT CPNS, year and month (the day is always the 1st, so it is omitted)
 * - digit 15     jenis kelamin: 1 = laki-laki, 2 = perempuan
 * - digits 16–18 nomor urut 001–999 (increments only when the first 15 digits collide)
 *
 * There is NO "+40 on the day of birth for women" rule in the NIP — that belongs to the NIK (KTP).
 *
 * A PPPK's 18-digit number (NI PPPK) has a different meaning and must NOT be parsed with this module; the
 * caller decides from the employee's `jenis_asn`. Pre-2009 9-digit "NIP lama" numbers are not handled either.
 *
 * Pure: no I/O, no clock ("today" is an optional parameter).
 */

/** 'L' = laki-laki (digit 1), 'P' = perempuan (digit 2). */
export type JenisKelamin = 'L' | 'P';

/**
 * Why a NIP is rejected:
 * - `FORMAT`: not 18 digits after removing spaces and dots.
 * - `TANGGAL_LAHIR`: digits 1–8 are not a real calendar date from 1900 on (or are after `hariIni`).
 * - `BULAN_TMT`: the TMT month (digits 13–14) is not 01–12.
 * - `TMT_SEBELUM_18`: the TMT CPNS month is before the month of the 18th birthday (CPNS minimum age 18).
 * - `JENIS_KELAMIN`: digit 15 is not 1 or 2.
 * - `URUTAN`: the sequence (digits 16–18) is 000.
 */
export type NipErrorCode =
  | 'FORMAT'
  | 'TANGGAL_LAHIR'
  | 'BULAN_TMT'
  | 'TMT_SEBELUM_18'
  | 'JENIS_KELAMIN'
  | 'URUTAN';

/** A successfully parsed NIP. */
export interface NipValid {
  readonly ok: true;
  /** 18 digits, no separators. */
  readonly nip: string;
  /** `YYYY-MM-DD`. */
  readonly tanggalLahir: string;
  /** `YYYY-MM` (TMT CPNS is the 1st of that month). */
  readonly tmtCpns: string;
  readonly jenisKelamin: JenisKelamin;
  /** 1–999. */
  readonly urutan: number;
}

/** A rejected NIP, with an Indonesian message. */
export interface NipInvalid {
  readonly ok: false;
  readonly code: NipErrorCode;
  readonly pesan: string;
}

/** Result of {@link parseNip}. */
export type NipResult = NipValid | NipInvalid;

/** Thrown by {@link makeNip} and {@link formatNip} on invalid input. */
export class NipError extends Error {
  override readonly name = 'NipError';
  readonly code: NipErrorCode;
  constructor(code: NipErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

const TAHUN_MIN = 1900;
/** CPNS minimum age (kinerja.md §5.2). */
const USIA_MIN_CPNS = 18;

function isTanggalValid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const kabisat = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const hariDalamBulan = [31, kabisat ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
  return d <= hariDalamBulan;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function gagal(code: NipErrorCode, pesan: string): NipInvalid {
  return { ok: false, code, pesan };
}

/**
 * Removes the separators people write in a NIP (spaces, tabs, dots).
 *
 * @example normalizeNip('19860926 201505 1 001') === '198609262015051001'
 */
export function normalizeNip(input: string): string {
  return input.replace(/[\s.]/g, '');
}

/**
 * Parses and validates a PNS NIP (Perka BKN 22/2007; kinerja.md §5.2). Checks, in order: format (18 digits
 * after removing spaces/dots), tanggal lahir (real date, year ≥ 1900, not after `hariIni` when given), TMT
 * month 01–12, TMT not before the month the person turned 18 (month granularity, because the TMT has no
 * day), gender digit 1/2, sequence ≠ 000. Returns the first failure.
 *
 * Do not call this for PPPK numbers (NI PPPK); decide by `jenis_asn` first.
 *
 * @param input  the NIP, digits possibly grouped with spaces or dots
 * @param opts.hariIni  optional "today" as `YYYY-MM-DD`; a birth date after it is rejected
 * @returns {@link NipValid} or {@link NipInvalid} (never throws for a string input)
 * @example
 * parseNip('19860926 201505 1 001')
 *   → { ok: true, nip: '198609262015051001', tanggalLahir: '1986-09-26', tmtCpns: '2015-05', jenisKelamin: 'L', urutan: 1 }
 */
export function parseNip(input: string, opts: { hariIni?: string } = {}): NipResult {
  if (typeof input !== 'string') return gagal('FORMAT', 'NIP harus berupa teks 18 digit');
  const nip = normalizeNip(input);
  if (!/^\d{18}$/.test(nip)) {
    return gagal('FORMAT', 'NIP harus terdiri dari 18 digit angka (spasi dan titik boleh)');
  }
  const yLahir = Number(nip.slice(0, 4));
  const mLahir = Number(nip.slice(4, 6));
  const dLahir = Number(nip.slice(6, 8));
  const yTmt = Number(nip.slice(8, 12));
  const mTmt = Number(nip.slice(12, 14));
  const digitJk = nip.charAt(14);
  const urutan = Number(nip.slice(15, 18));

  const tanggalLahir = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  if (yLahir < TAHUN_MIN || !isTanggalValid(yLahir, mLahir, dLahir)) {
    return gagal('TANGGAL_LAHIR', `Tanggal lahir pada NIP (digit 1–8) tidak valid: ${tanggalLahir}`);
  }
  if (opts.hariIni !== undefined && tanggalLahir > opts.hariIni) {
    return gagal('TANGGAL_LAHIR', `Tanggal lahir pada NIP (${tanggalLahir}) melewati hari ini (${opts.hariIni})`);
  }
  if (mTmt < 1 || mTmt > 12) {
    return gagal('BULAN_TMT', `Bulan TMT CPNS pada NIP (digit 13–14) harus 01–12: ${nip.slice(12, 14)}`);
  }
  // Month granularity: TMT (1st of the month) must not fall in a month before the 18th birthday's month.
  if (yTmt * 12 + mTmt < (yLahir + USIA_MIN_CPNS) * 12 + mLahir) {
    return gagal(
      'TMT_SEBELUM_18',
      `TMT CPNS (${nip.slice(8, 12)}-${nip.slice(12, 14)}) sebelum pegawai berusia ${USIA_MIN_CPNS} tahun`,
    );
  }
  if (digitJk !== '1' && digitJk !== '2') {
    return gagal('JENIS_KELAMIN', `Digit jenis kelamin (digit ke-15) harus 1 atau 2: ${digitJk}`);
  }
  if (urutan === 0) return gagal('URUTAN', 'Nomor urut pada NIP (digit 16–18) tidak boleh 000');

  return {
    ok: true,
    nip,
    tanggalLahir,
    tmtCpns: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
    jenisKelamin: digitJk === '1' ? 'L' : 'P',
    urutan,
  };
}

/**
 * Formats an 18-digit number in the usual NIP grouping `YYYYMMDD YYYYMM G NNN` (kinerja.md §5.2). It checks
 * only the digit count, not the meaning.
 *
 * @param nip  18 digits, possibly already grouped with spaces or dots
 * @throws NipError `FORMAT` when it is not 18 digits
 * @example formatNip('198609262015051001') === '19860926 201505 1 001'
 */
export function formatNip(nip: string): string {
  const n = normalizeNip(nip);
  if (!/^\d{18}$/.test(n)) throw new NipError('FORMAT', `NIP harus 18 digit: ${nip}`);
  return `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
}

/**
 * Builds an 18-digit NIP from its parts (Perka BKN 22/2007; kinerja.md §5.2), e.g. for the demo seed, and
 * validates the result with {@link parseNip}.
 *
 * @param parts.tanggalLahir  `YYYY-MM-DD`
 * @param parts.tmtCpns       `YYYY-MM`
 * @param parts.jenisKelamin  'L' or 'P'
 * @param parts.urutan        integer 1–999
 * @returns 18 digits, no separators
 * @throws NipError with the {@link parseNip} code (or `FORMAT` for malformed parts)
 * @example makeNip({ tanggalLahir: '1986-09-26', tmtCpns: '2015-05', jenisKelamin: 'L', urutan: 1 }) === '198609262015051001'
 */
export function makeNip(parts: {
  tanggalLahir: string;
  tmtCpns: string;
  jenisKelamin: JenisKelamin;
  urutan: number;
}): string {
  const { tanggalLahir, tmtCpns, jenisKelamin, urutan } = parts;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(tanggalLahir)) {
    throw new NipError('TANGGAL_LAHIR', `tanggalLahir harus berformat YYYY-MM-DD: ${tanggalLahir}`);
  }
  if (!/^\d{4}-\d{2}$/.test(tmtCpns)) throw new NipError('BULAN_TMT', `tmtCpns harus berformat YYYY-MM: ${tmtCpns}`);
  if (jenisKelamin !== 'L' && jenisKelamin !== 'P') {
    throw new NipError('JENIS_KELAMIN', `jenisKelamin harus 'L' atau 'P': ${String(jenisKelamin)}`);
  }
  if (!Number.isInteger(urutan) || urutan < 1 || urutan > 999) {
    throw new NipError('URUTAN', `urutan harus bilangan bulat 1–999: ${urutan}`);
  }
  const nip =
    tanggalLahir.replaceAll('-', '') + tmtCpns.replace('-', '') + (jenisKelamin === 'L' ? '1' : '2') + pad(urutan, 3);
  const parsed = parseNip(nip);
  if (!parsed.ok) throw new NipError(parsed.code, parsed.pesan);
  return nip;
}
