/**
 * SKM sample size by the Krejcie & Morgan (1970) table, as used with PermenPANRB No. 14 Tahun 2017.
 * Spec: /work/shared/domain/pelayanan.md §1.5.
 *
 * The table is used as a LOOKUP (the next higher N in the table), not the formula: the formula with ceiling
 * rounding differs from the printed table at several N (e.g. 45 vs 44 at N = 50), and auditors check
 * against the table.
 *
 * Pure: no I/O.
 */

/**
 * The full Krejcie–Morgan (1970) table, "Table for determining sample size from a given population":
 * `[N, s]` pairs in ascending N (95% confidence, P = 0.5, d = 0.05).
 */
export const KREJCIE_MORGAN_TABEL: readonly (readonly [populasi: number, sampel: number])[] = [
  [10, 10], [15, 14], [20, 19], [25, 24], [30, 28], [35, 32], [40, 36], [45, 40], [50, 44], [55, 48],
  [60, 52], [65, 56], [70, 59], [75, 63], [80, 66], [85, 70], [90, 73], [95, 76], [100, 80], [110, 86],
  [120, 92], [130, 97], [140, 103], [150, 108], [160, 113], [170, 118], [180, 123], [190, 127], [200, 132],
  [210, 136], [220, 140], [230, 144], [240, 148], [250, 152], [260, 155], [270, 159], [280, 162], [290, 165],
  [300, 169], [320, 175], [340, 181], [360, 186], [380, 191], [400, 196], [420, 201], [440, 205], [460, 210],
  [480, 214], [500, 217], [550, 226], [600, 234], [650, 242], [700, 248], [750, 254], [800, 260], [850, 265],
  [900, 269], [950, 274], [1000, 278], [1100, 285], [1200, 291], [1300, 297], [1400, 302], [1500, 306],
  [1600, 310], [1700, 313], [1800, 317], [1900, 320], [2000, 322], [2200, 327], [2400, 331], [2600, 335],
  [2800, 338], [3000, 341], [3500, 346], [4000, 351], [4500, 354], [5000, 357], [6000, 361], [7000, 364],
  [8000, 367], [9000, 368], [10000, 370], [15000, 375], [20000, 377], [30000, 379], [40000, 380],
  [50000, 381], [75000, 382], [100000, 384],
];

/** The table's largest sample: every population ≥ 100 000 needs 384 respondents. */
export const KREJCIE_MORGAN_MAKS = 384;

function assertBilanganCacah(nama: string, x: number): void {
  if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) {
    throw new RangeError(`${nama} harus bilangan bulat ≥ 0: ${String(x)}`);
  }
}

/**
 * Target sample size for an SKM period by table lookup (Krejcie & Morgan 1970; PermenPANRB 14/2017 practice;
 * pelayanan.md §1.5).
 *
 * - N < 10: N (survey everyone);
 * - N in the table: its s;
 * - N between two table rows: the s of the next higher N (e.g. 51 → row 55 → 48);
 * - N ≥ 100 000: 384.
 *
 * @param populasi  number of service users in the period (e.g. transactions), integer ≥ 0
 * @returns the number of respondents to aim for
 * @throws RangeError when `populasi` is not a non-negative safe integer
 * @example sampelKrejcieMorgan(1000) === 278; sampelKrejcieMorgan(1001) === 285; sampelKrejcieMorgan(7) === 7
 */
export function sampelKrejcieMorgan(populasi: number): number {
  assertBilanganCacah('Populasi', populasi);
  if (populasi < 10) return populasi;
  const row = KREJCIE_MORGAN_TABEL.find(([n]) => n >= populasi);
  return row ? row[1] : KREJCIE_MORGAN_MAKS;
}

/**
 * The Krejcie–Morgan FORMULA with ceiling rounding, for comparison only — do not use it as the target:
 * `s = X²·N·P(1−P) / (d²·(N−1) + X²·P(1−P))`, X² = 3.841, P = 0.5, d = 0.05 (pelayanan.md §1.5).
 * It is one above the table at N = 50, 500, 2000 and 50 000 and one below it at N = 100 000.
 *
 * @param populasi  integer ≥ 1
 * @throws RangeError when `populasi` is not a positive safe integer
 * @example sampelKrejcieMorganRumus(50) === 45 (table: 44)
 */
export function sampelKrejcieMorganRumus(populasi: number): number {
  assertBilanganCacah('Populasi', populasi);
  if (populasi < 1) throw new RangeError('Populasi harus ≥ 1 untuk rumus Krejcie–Morgan');
  const chi2 = 3.841;
  const pq = 0.25;
  const d2 = 0.0025;
  return Math.ceil((chi2 * populasi * pq) / (d2 * (populasi - 1) + chi2 * pq));
}

/** Progress of an SKM period against its sample target. */
export interface ProgresSampel {
  /** Target sample size ({@link sampelKrejcieMorgan} of the population). */
  readonly target: number;
  /** Respondents collected so far. */
  readonly responden: number;
  /**
   * responden / target × 100, 0–100, ROUNDED DOWN to 1 decimal (so 100.0 appears only when the target is
   * reached) and capped at 100. A target of 0 (population 0) counts as 100.
   */
  readonly persen: number;
  /** Whether `responden ≥ target`. */
  readonly tercapai: boolean;
}

/**
 * Response rate of an SKM period against its Krejcie–Morgan target (pelayanan.md §1.5: "track the response
 * rate against the target").
 *
 * @param input.populasi   number of service users in the period, integer ≥ 0
 * @param input.responden  responses collected, integer ≥ 0
 * @throws RangeError when either is not a non-negative safe integer
 * @example progresSampel({ populasi: 1000, responden: 139 }) → { target: 278, responden: 139, persen: 50, tercapai: false }
 */
export function progresSampel(input: { populasi: number; responden: number }): ProgresSampel {
  const { populasi, responden } = input;
  assertBilanganCacah('Jumlah responden', responden);
  const target = sampelKrejcieMorgan(populasi);
  const tercapai = responden >= target;
  // Integer arithmetic: floor(responden × 1000 / target) / 10 is exact.
  const persen = target === 0 || tercapai ? 100 : Math.floor((responden * 1000) / target) / 10;
  return { target, responden, persen, tercapai };
}
