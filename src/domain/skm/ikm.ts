/**
 * Indeks Kepuasan Masyarakat (IKM) of PermenPANRB No. 14 Tahun 2017.
 * Spec: /work/shared/domain/pelayanan.md §0 (finding 2), §1.3 (formula) and §1.4 (interval table).
 *
 * Precision policy: NRR values are kept at full double precision; the converted IKM (25–100) and each
 * unsur's converted value are rounded to 2 decimals only at the very end, with exact rational arithmetic
 * (BigInt) on the integer sums, so a true tie such as 76.605 always rounds up to 76.61 whatever the binary
 * floating-point error of the intermediate values. Classification happens after that rounding, because the
 * official intervals have gaps (76.60 → 76.61, 88.30 → 88.31).
 *
 * Pure: no I/O, no clock.
 */
import { UNSUR_KODE, getUnsur, isNilaiJawaban, type UnsurKode } from './unsur.ts';

/**
 * Weight per unsur.
 * - `'exact'`: 1/9 (default, recommended by pelayanan.md §0 finding 2; all-4 gives exactly 100.00).
 * - `'0.111'`: the rounded weight some reports use; all-4 gives 99.90.
 * - `'0.11'`: the weight printed in the regulation (0,11); 9 × 0,11 = 0,99, so all-4 gives 99.00.
 */
export const IKM_BOBOT = ['exact', '0.111', '0.11'] as const;

/** One of {@link IKM_BOBOT}. */
export type IkmBobot = (typeof IKM_BOBOT)[number];

/** The conversion factor from the 1–4 interval to the 25–100 scale (PermenPANRB 14/2017, §1.3). */
export const IKM_KONVERSI = 25;

/** Mutu pelayanan (§1.4). */
export type Mutu = 'A' | 'B' | 'C' | 'D';

/** Kinerja unit pelayanan (§1.4). */
export type KinerjaUnit = 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';

/** A mutu class with its lower bound on the converted scale (inclusive, after rounding to 2 decimals). */
export interface MutuInterval {
  readonly min: number;
  readonly mutu: Mutu;
  readonly kinerja: KinerjaUnit;
}

/**
 * The interval table of PermenPANRB 14/2017 (pelayanan.md §1.4) written without gaps, highest first:
 * 88.31–100 A, 76.61–88.30 B, 65.00–76.60 C, 25.00–64.99 D.
 */
export const MUTU_INTERVAL: readonly MutuInterval[] = [
  { min: 88.31, mutu: 'A', kinerja: 'Sangat Baik' },
  { min: 76.61, mutu: 'B', kinerja: 'Baik' },
  { min: 65.0, mutu: 'C', kinerja: 'Kurang Baik' },
  { min: -Infinity, mutu: 'D', kinerja: 'Tidak Baik' },
];

/**
 * Error codes of the IKM computation.
 * - `TANPA_RESPONDEN`: there are no responses (or `responden` is 0).
 * - `UNSUR_TANPA_JAWABAN`: at least one unsur has no answer at all; the IKM of §1.3 needs all nine NRR
 *   values, so it cannot be computed. `IkmError.unsur` lists the unsur concerned.
 * - `NILAI_TIDAK_VALID`: a score is not an integer 1–4. `IkmError.nilaiTidakValid` lists every one found.
 * - `AGREGAT_TIDAK_VALID`: the sums passed to {@link computeIkmFromSums} are inconsistent (a count that is not
 *   a non-negative integer, a sum outside count…4×count, a count above `responden`, a missing unsur).
 * - `BOBOT_TIDAK_VALID`: the weight is not one of {@link IKM_BOBOT}.
 */
export type IkmErrorCode =
  | 'TANPA_RESPONDEN'
  | 'UNSUR_TANPA_JAWABAN'
  | 'NILAI_TIDAK_VALID'
  | 'AGREGAT_TIDAK_VALID'
  | 'BOBOT_TIDAK_VALID';

/** One invalid score found by {@link computeIkm}: `indeks` is the 0-based position in `responses`. */
export interface NilaiTidakValid {
  readonly indeks: number;
  readonly kode: UnsurKode;
  readonly nilai: unknown;
}

/** Typed error of this module; `message` is Indonesian and safe to show to users. */
export class IkmError extends Error {
  override readonly name = 'IkmError';
  readonly code: IkmErrorCode;
  /** The unsur concerned (for `UNSUR_TANPA_JAWABAN`, `AGREGAT_TIDAK_VALID`); otherwise empty. */
  readonly unsur: readonly UnsurKode[];
  /** Every invalid score (for `NILAI_TIDAK_VALID`); otherwise empty. */
  readonly nilaiTidakValid: readonly NilaiTidakValid[];

  constructor(
    code: IkmErrorCode,
    message: string,
    detail: { unsur?: readonly UnsurKode[]; nilaiTidakValid?: readonly NilaiTidakValid[] } = {},
  ) {
    super(message);
    this.code = code;
    this.unsur = detail.unsur ?? [];
    this.nilaiTidakValid = detail.nilaiTidakValid ?? [];
  }
}

/** One survey response: unsur code → score 1–4; `null` or a missing key means "not answered". */
export type IkmResponse = Partial<Record<UnsurKode, number | null>>;

/** Sum and number of answers of one unsur (e.g. `SUM(nilai)`, `COUNT(nilai)` from SQL). */
export interface UnsurSum {
  /** Sum of the scores given to the unsur (integer). */
  readonly sum: number;
  /** Number of answers given to the unsur (integer ≥ 0). */
  readonly count: number;
}

/** Result for one unsur. */
export interface IkmPerUnsur {
  readonly kode: UnsurKode;
  readonly nama: string;
  /** Number of answers to this unsur (the NRR denominator). */
  readonly jumlahJawaban: number;
  /** Sum of the scores given to this unsur. */
  readonly jumlahNilai: number;
  /** Nilai rata-rata (1–4), full precision. */
  readonly nrr: number;
  /** NRR × bobot, full precision. */
  readonly nrrTertimbang: number;
  /** NRR × 25 (25–100), rounded half-up to 2 decimals. */
  readonly nilaiKonversi: number;
  /** Mutu of `nilaiKonversi` on the §1.4 table. */
  readonly mutu: Mutu;
  readonly kinerja: KinerjaUnit;
}

/** Result of an IKM computation. */
export interface IkmResult {
  /** The weight scheme used. */
  readonly bobot: IkmBobot;
  /** The numeric weight per unsur (1/9, 0.111 or 0.11). */
  readonly bobotNilai: number;
  /** Number of respondents. */
  readonly responden: number;
  /**
   * NRR per unsur (1–4), full precision. Never `null`: an unsur without answers throws
   * `UNSUR_TANPA_JAWABAN` instead, because the regulation's IKM needs all nine values.
   */
  readonly nrr: Readonly<Record<UnsurKode, number>>;
  /** NRR × bobot per unsur, full precision. */
  readonly nrrTertimbang: Readonly<Record<UnsurKode, number>>;
  /** IKM on the 1–4 interval = Σ NRR tertimbang, full precision (≤ 3.96 with bobot 0.11). */
  readonly ikmNilaiInterval: number;
  /** IKM konversi = IKM × 25, rounded half-up to 2 decimals (25–100 with the exact weight). */
  readonly ikm: number;
  /** Mutu pelayanan of `ikm`. */
  readonly mutu: Mutu;
  /** Kinerja unit pelayanan of `ikm`. */
  readonly kinerja: KinerjaUnit;
  /** Per-unsur detail, in {@link UNSUR_KODE} order. */
  readonly perUnsur: readonly IkmPerUnsur[];
}

interface Rasional {
  readonly num: bigint;
  readonly den: bigint;
}

const BOBOT_RASIONAL: Readonly<Record<IkmBobot, Rasional>> = {
  exact: { num: 1n, den: 9n },
  '0.111': { num: 111n, den: 1000n },
  '0.11': { num: 11n, den: 100n },
};

/** Type guard for {@link IkmBobot}. */
export function isIkmBobot(value: unknown): value is IkmBobot {
  return typeof value === 'string' && (IKM_BOBOT as readonly string[]).includes(value);
}

/**
 * Rounds half-up (half away from zero) to `digits` decimals, robust to binary floating point.
 *
 * The value is first cleaned to 12 significant digits (removing representation noise such as
 * 76.60499999999999 for a true 76.605), then shifted by decimal exponent strings, which is exact.
 *
 * @param x       a finite number
 * @param digits  integer 0–10
 * @throws RangeError for a non-finite `x` or an invalid `digits`
 * @example roundHalfUp(76.605, 2) === 76.61; roundHalfUp(1.005, 2) === 1.01; roundHalfUp(3.24995, 4) === 3.25
 */
export function roundHalfUp(x: number, digits: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`Nilai harus bilangan terhingga: ${x}`);
  if (!Number.isInteger(digits) || digits < 0 || digits > 10) {
    throw new RangeError(`Jumlah desimal harus bilangan bulat 0–10: ${digits}`);
  }
  const cleaned = Number(x.toPrecision(12));
  if (cleaned === 0) return 0;
  const sign = cleaned < 0 ? -1 : 1;
  const [mantissa, exponent] = Math.abs(cleaned).toExponential().split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + digits}`);
  return sign * Number(`${Math.round(shifted)}e-${digits}`);
}

/**
 * Rounds half-up to 2 decimals, robust to binary floating point (see {@link roundHalfUp}).
 *
 * @example round2(88.305) === 88.31; round2(64.994999) === 64.99
 */
export function round2(x: number): number {
  return roundHalfUp(x, 2);
}

/**
 * Classifies a converted IKM (or an unsur's NRR × 25) on the interval table of PermenPANRB 14/2017
 * (pelayanan.md §1.4), after rounding it to 2 decimals as §0 finding 2 requires:
 * `x = round2(x); x ≥ 88.31 → A 'Sangat Baik'; x ≥ 76.61 → B 'Baik'; x ≥ 65.00 → C 'Kurang Baik'; else D 'Tidak Baik'`.
 *
 * Values below 25 are accepted (bobot 0.11 gives 24.75 for all-1 answers) and classify as D.
 *
 * @param ikm25  value on the 25–100 scale
 * @throws RangeError for a non-finite value
 * @example classifyMutu(76.605) → { mutu: 'B', kinerja: 'Baik' } (76.605 rounds to 76.61)
 */
export function classifyMutu(ikm25: number): { mutu: Mutu; kinerja: KinerjaUnit } {
  const x = round2(ikm25);
  const interval = MUTU_INTERVAL.find((i) => x >= i.min) as MutuInterval; // the last min is -Infinity
  return { mutu: interval.mutu, kinerja: interval.kinerja };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Exact half-up rounding of a positive rational to 2 decimals. */
function roundRasional2(r: Rasional): number {
  const q = (200n * r.num + r.den) / (2n * r.den); // floor(num/den × 100 + 1/2), all positive
  return Number(q) / 100;
}

function isNonNegativeInteger(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

/**
 * Computes the IKM from per-unsur sums, so SQL aggregates (`SUM(nilai)`, `COUNT(nilai)` per unsur) use
 * exactly the same math as {@link computeIkm}. PermenPANRB 14/2017, pelayanan.md §1.3–§1.4:
 *
 * ```
 * NRR_i            = sum_i / count_i                       (per-unsur denominator: "total unsur yang terisi")
 * NRR tertimbang_i = NRR_i × bobot
 * IKM (1–4)        = Σ NRR tertimbang_i                    (= mean NRR with bobot 1/9)
 * IKM konversi     = IKM × 25, rounded half-up to 2 decimals at the end, then classified
 * ```
 *
 * @param input.sums       sum and count of answers per unsur; all nine keys required
 * @param input.responden  number of respondents (integer ≥ 1; each count must be ≤ it)
 * @param input.bobot      weight scheme, default `'exact'` (1/9)
 * @returns {@link IkmResult}
 * @throws IkmError `BOBOT_TIDAK_VALID`, `AGREGAT_TIDAK_VALID`, `TANPA_RESPONDEN` or `UNSUR_TANPA_JAWABAN`
 * @example
 * // 40 respondents, every unsur answered by all, sums 130 each → NRR 3.25 → IKM 81.25, B 'Baik'
 * computeIkmFromSums({ sums: { U1: { sum: 130, count: 40 }, …, U9: { sum: 130, count: 40 } }, responden: 40 })
 */
export function computeIkmFromSums(input: {
  sums: Readonly<Record<UnsurKode, UnsurSum>>;
  responden: number;
  bobot?: IkmBobot;
}): IkmResult {
  const bobot = input.bobot ?? 'exact';
  if (!isIkmBobot(bobot)) {
    throw new IkmError(
      'BOBOT_TIDAK_VALID',
      `Bobot tidak dikenal: ${String(bobot)} (pilihan: ${IKM_BOBOT.join(', ')})`,
    );
  }
  const { responden } = input;
  if (!isNonNegativeInteger(responden)) {
    throw new IkmError('AGREGAT_TIDAK_VALID', `Jumlah responden harus bilangan bulat ≥ 0: ${responden}`);
  }
  if (responden === 0) throw new IkmError('TANPA_RESPONDEN', 'Tidak ada responden; IKM tidak dapat dihitung.');

  const tidakKonsisten: UnsurKode[] = [];
  const tanpaJawaban: UnsurKode[] = [];
  for (const kode of UNSUR_KODE) {
    const s = input.sums[kode] as UnsurSum | undefined;
    const ok =
      s !== undefined &&
      isNonNegativeInteger(s.count) &&
      isNonNegativeInteger(s.sum) &&
      s.count <= responden &&
      s.sum >= s.count &&
      s.sum <= 4 * s.count;
    if (!ok) tidakKonsisten.push(kode);
    else if (s.count === 0) tanpaJawaban.push(kode);
  }
  if (tidakKonsisten.length > 0) {
    throw new IkmError(
      'AGREGAT_TIDAK_VALID',
      `Agregat tidak konsisten untuk unsur ${tidakKonsisten.join(', ')} (jumlah jawaban harus bilangan bulat ` +
        `0–${responden} dan jumlah nilai antara 1× dan 4× jumlah jawaban).`,
      { unsur: tidakKonsisten },
    );
  }
  if (tanpaJawaban.length > 0) {
    throw new IkmError(
      'UNSUR_TANPA_JAWABAN',
      `Unsur tanpa jawaban: ${tanpaJawaban.join(', ')}. IKM memerlukan nilai kesembilan unsur.`,
      { unsur: tanpaJawaban },
    );
  }

  const w = BOBOT_RASIONAL[bobot];
  const bobotNilai = Number(w.num) / Number(w.den);
  const sums = UNSUR_KODE.map((kode) => ({ kode, ...(input.sums[kode] as UnsurSum) }));

  // Exact Σ sum_i / count_i as a fraction over the lcm of the counts.
  const lcm = sums.reduce((acc, s) => {
    const c = BigInt(s.count);
    return (acc / gcd(acc, c)) * c;
  }, 1n);
  const sumNrrNum = sums.reduce((acc, s) => acc + BigInt(s.sum) * (lcm / BigInt(s.count)), 0n);
  const ikm = roundRasional2({ num: 25n * w.num * sumNrrNum, den: w.den * lcm });

  const nrr = {} as Record<UnsurKode, number>;
  const nrrTertimbang = {} as Record<UnsurKode, number>;
  const perUnsur: IkmPerUnsur[] = sums.map((s) => {
    const nilai = s.sum / s.count;
    const tertimbang = bobot === 'exact' ? nilai / 9 : nilai * bobotNilai;
    nrr[s.kode] = nilai;
    nrrTertimbang[s.kode] = tertimbang;
    const nilaiKonversi = roundRasional2({ num: 25n * BigInt(s.sum), den: BigInt(s.count) });
    return {
      kode: s.kode,
      nama: getUnsur(s.kode).nama,
      jumlahJawaban: s.count,
      jumlahNilai: s.sum,
      nrr: nilai,
      nrrTertimbang: tertimbang,
      nilaiKonversi,
      ...classifyMutu(nilaiKonversi),
    };
  });

  const sumNrr = perUnsur.reduce((acc, u) => acc + u.nrr, 0);
  // With 1/9, divide instead of multiplying nine times by an inexact 0.111…, so all-4 gives exactly 4.
  const ikmNilaiInterval = bobot === 'exact' ? sumNrr / 9 : sumNrr * bobotNilai;

  return {
    bobot,
    bobotNilai,
    responden,
    nrr,
    nrrTertimbang,
    ikmNilaiInterval,
    ikm,
    ...classifyMutu(ikm),
    perUnsur,
  };
}

/**
 * Computes the IKM of a set of survey responses (PermenPANRB 14/2017, pelayanan.md §1.3–§1.4).
 * Each unsur's NRR uses its own denominator (the number of respondents who answered it); the IKM is
 * Σ NRR_i × bobot × 25, rounded half-up to 2 decimals at the end, then classified A–D. Delegates to
 * {@link computeIkmFromSums}.
 *
 * `responden` is `responses.length`: a response that left some unsur blank still counts as a respondent.
 *
 * @param input.responses  one record per respondent; scores are integers 1–4, `null`/missing = unanswered
 * @param input.bobot      weight scheme, default `'exact'` (1/9)
 * @throws IkmError `NILAI_TIDAK_VALID` (lists every invalid score), `TANPA_RESPONDEN`,
 *   `UNSUR_TANPA_JAWABAN` (names the unsur) or `BOBOT_TIDAK_VALID`
 * @example
 * computeIkm({ responses: [{ U1: 4, U2: 4, …, U9: 4 }] }).ikm === 100        // mutu A
 * computeIkm({ responses: [{ U1: 4, …, U9: 4 }], bobot: '0.11' }).ikm === 99 // the printed 0,11 caps at 99.00
 */
export function computeIkm(input: { responses: readonly IkmResponse[]; bobot?: IkmBobot }): IkmResult {
  const sums = {} as Record<UnsurKode, { sum: number; count: number }>;
  for (const kode of UNSUR_KODE) sums[kode] = { sum: 0, count: 0 };
  const invalid: NilaiTidakValid[] = [];

  input.responses.forEach((response, indeks) => {
    for (const kode of UNSUR_KODE) {
      const nilai: unknown = response[kode];
      if (nilai === null || nilai === undefined) continue;
      if (!isNilaiJawaban(nilai)) {
        invalid.push({ indeks, kode, nilai });
        continue;
      }
      const s = sums[kode];
      s.sum += nilai;
      s.count += 1;
    }
  });

  if (invalid.length > 0) {
    const contoh = invalid
      .slice(0, 5)
      .map((v) => `respon #${v.indeks + 1} ${v.kode}=${String(v.nilai)}`)
      .join('; ');
    throw new IkmError(
      'NILAI_TIDAK_VALID',
      `${invalid.length} nilai tidak valid (harus bilangan bulat 1–4): ${contoh}${invalid.length > 5 ? '; …' : ''}`,
      { nilaiTidakValid: invalid },
    );
  }

  return computeIkmFromSums({ sums, responden: input.responses.length, bobot: input.bobot });
}
