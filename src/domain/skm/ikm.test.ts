import { describe, expect, it } from 'vitest';
import {
  IkmError,
  MUTU_INTERVAL,
  classifyMutu,
  computeIkm,
  computeIkmFromSums,
  isIkmBobot,
  round2,
  roundHalfUp,
  type IkmBobot,
  type IkmResponse,
  type UnsurSum,
} from './ikm.ts';
import { UNSUR_KODE, type UnsurKode } from './unsur.ts';

// ---------------------------------------------------------------- factories

/** One response giving the same score to all nine unsur. */
function uniform(nilai: number | null): IkmResponse {
  return Object.fromEntries(UNSUR_KODE.map((k) => [k, nilai])) as IkmResponse;
}

/** The same sum/count for every unsur. */
function sumsUniform(sum: number, count: number): Record<UnsurKode, UnsurSum> {
  return Object.fromEntries(UNSUR_KODE.map((k) => [k, { sum, count }])) as Record<UnsurKode, UnsurSum>;
}

function catchIkmError(fn: () => unknown): IkmError {
  try {
    fn();
  } catch (error) {
    if (error instanceof IkmError) return error;
    throw error;
  }
  throw new Error('expected an IkmError');
}

// ---------------------------------------------------------------- classification

describe(classifyMutu.name, () => {
  it.each([
    // every boundary of the PermenPANRB 14/2017 interval table (pelayanan.md §1.4)
    [25, 'D', 'Tidak Baik'],
    [64.99, 'D', 'Tidak Baik'],
    [65.0, 'C', 'Kurang Baik'],
    [76.6, 'C', 'Kurang Baik'],
    [76.61, 'B', 'Baik'],
    [88.3, 'B', 'Baik'],
    [88.31, 'A', 'Sangat Baik'],
    [100, 'A', 'Sangat Baik'],
    // values in the table's gaps are rounded to 2 decimals first (§0 finding 2)
    [64.994, 'D', 'Tidak Baik'],
    [64.995, 'C', 'Kurang Baik'],
    [76.604, 'C', 'Kurang Baik'],
    [76.605, 'B', 'Baik'],
    [88.304, 'B', 'Baik'],
    [88.305, 'A', 'Sangat Baik'],
    // below 25 is possible with bobot 0.11 (all-1 → 24.75)
    [24.75, 'D', 'Tidak Baik'],
  ] as const)('should classify %s as %s (%s)', (x, mutu, kinerja) => {
    expect(classifyMutu(x)).toEqual({ mutu, kinerja });
  });

  it.each([Number.NaN, Infinity, -Infinity])('should throw a RangeError for %s', (x) => {
    expect(() => classifyMutu(x)).toThrow(RangeError);
  });
});

describe(roundHalfUp.name, () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [76.605, 2, 76.61],
    [76.60499999999999, 2, 76.61], // binary noise of a true 76.605
    [0.1 + 0.2, 2, 0.3],
    [64.994999, 2, 64.99],
    [3.24995, 4, 3.25],
    [10 / 3, 4, 3.3333],
    [1.45, 1, 1.5],
    [-2.345, 2, -2.35],
    [0, 2, 0],
    [100, 2, 100],
    [1e-7, 2, 0],
  ])('should round %s to %i decimals as %s', (x, digits, expected) => {
    expect(roundHalfUp(x, digits)).toBe(expected);
  });

  it.each([
    [Number.NaN, 2],
    [Infinity, 2],
    [1, -1],
    [1, 1.5],
    [1, 11],
  ])('should throw a RangeError for (%s, %s)', (x, digits) => {
    expect(() => roundHalfUp(x, digits)).toThrow(RangeError);
  });

  it('should make round2 the 2-decimal case', () => {
    expect(round2(88.305)).toBe(88.31);
  });
});

describe(isIkmBobot.name, () => {
  it.each([
    ['exact', true],
    ['0.111', true],
    ['0.11', true],
    ['0.1', false],
    ['1/9', false],
    [0.11, false],
  ] as const)('should return %s → %s', (value, expected) => {
    expect(isIkmBobot(value)).toBe(expected);
  });
});

// ---------------------------------------------------------------- computation

describe(computeIkm.name, () => {
  it.each([
    [4, 4, 100, 'A', 'Sangat Baik'],
    [3, 3, 75, 'C', 'Kurang Baik'],
    [2, 2, 50, 'D', 'Tidak Baik'],
    [1, 1, 25, 'D', 'Tidak Baik'],
  ] as const)(
    'should give IKM %s×25 exactly when everybody answers %i (interval %i, konversi %i, mutu %s)',
    (nilai, interval, ikm, mutu, kinerja) => {
      const r = computeIkm({ responses: [uniform(nilai), uniform(nilai), uniform(nilai)] });
      expect(r.ikmNilaiInterval).toBe(interval);
      expect(r.ikm).toBe(ikm);
      expect(r.mutu).toBe(mutu);
      expect(r.kinerja).toBe(kinerja);
      expect(r.responden).toBe(3);
      for (const k of UNSUR_KODE) expect(r.nrr[k]).toBe(nilai);
    },
  );

  it.each<[IkmBobot, number, number, number]>([
    // bobot, score everywhere, IKM konversi, Σ NRR tertimbang
    ['exact', 4, 100, 4],
    ['exact', 1, 25, 1],
    ['0.111', 4, 99.9, 3.996],
    ['0.111', 1, 24.98, 0.999],
    ['0.11', 4, 99, 3.96],
    ['0.11', 1, 24.75, 0.99],
  ])('should, with bobot %s and all answers %i, give IKM %s (pelayanan.md §0 finding 2)', (bobot, nilai, ikm, interval) => {
    const r = computeIkm({ responses: [uniform(nilai)], bobot });
    expect(r.ikm).toBe(ikm);
    expect(r.ikmNilaiInterval).toBeCloseTo(interval, 12);
    expect(r.bobot).toBe(bobot);
  });

  it('should default to the exact weight 1/9', () => {
    const r = computeIkm({ responses: [uniform(4)] });
    expect(r.bobot).toBe('exact');
    expect(r.bobotNilai).toBe(1 / 9);
  });

  it.each([
    ['ten mixed respondents', [[4, 3, 3, 4, 3, 3, 4, 3, 3], [3, 3, 2, 4, 3, 3, 3, 3, 2], [4, 4, 4, 4, 4, 4, 4, 4, 4], [2, 3, 3, 4, 3, 2, 3, 3, 3], [3, 3, 3, 3, 3, 3, 3, 3, 3], [1, 2, 2, 4, 2, 2, 3, 2, 2], [4, 4, 3, 4, 4, 3, 4, 4, 3], [3, 2, 3, 4, 3, 3, 4, 3, 3], [3, 3, 3, 4, 4, 4, 4, 3, 3], [2, 3, 3, 4, 3, 3, 3, 2, 3]]],
    ['two respondents', [[1, 2, 3, 4, 1, 2, 3, 4, 1], [4, 3, 2, 1, 4, 3, 2, 1, 4]]],
  ])('should equal (Σ all scores / (n × 9)) × 25 with complete responses (%s)', (_name, rows) => {
    const responses = rows.map((row) => Object.fromEntries(UNSUR_KODE.map((k, i) => [k, row[i]])) as IkmResponse);
    const total = rows.flat().reduce((a, b) => a + b, 0);
    const expected = roundHalfUp((total / (rows.length * 9)) * 25, 2);
    expect(computeIkm({ responses }).ikm).toBe(expected);
  });

  it('should compute each NRR over that unsur’s own answers (null and missing = unanswered)', () => {
    // R1 answers 4 everywhere; R2 answers 1 everywhere except U1 (null) and U9 (missing key).
    const r2: IkmResponse = { ...uniform(1), U1: null };
    delete r2.U9;
    const r = computeIkm({ responses: [uniform(4), r2] });
    expect(r.responden).toBe(2);
    expect(r.nrr.U1).toBe(4); // 4 / 1 answer, not 4 / 2
    expect(r.nrr.U9).toBe(4);
    expect(r.nrr.U2).toBe(2.5);
    expect(r.perUnsur.find((u) => u.kode === 'U1')?.jumlahJawaban).toBe(1);
    expect(r.perUnsur.find((u) => u.kode === 'U2')?.jumlahJawaban).toBe(2);
    // (4 + 4 + 7 × 2.5) / 9 × 25 = 70.8333… → 70.83 C; counting blanks as 0 would give 59.72 D.
    expect(r.ikm).toBe(70.83);
    expect(r.mutu).toBe('C');
  });

  it.each([
    // 5000 respondents: `tinggi` of them answer `a` everywhere, the rest `b` → exact unrounded IKM
    // → rounded IKM → mutu after rounding, vs the mutu a classification of the unrounded value would give
    [321, 4, 3, 76.605, 76.61, 'B', 'C'],
    [2661, 4, 3, 88.305, 88.31, 'A', 'B'],
    [2999, 3, 2, 64.995, 65.0, 'C', 'D'],
  ] as const)(
    'should round before classifying: %i×%i and the rest %i give %s → %s, mutu %s (not %s)',
    (tinggi, a, b, unrounded, ikm, mutu, mutuUnrounded) => {
      const responses = Array.from({ length: 5000 }, (_, i) => uniform(i < tinggi ? a : b));
      const r = computeIkm({ responses });
      expect(r.ikm).toBe(ikm);
      expect(r.mutu).toBe(mutu);
      expect(r.ikmNilaiInterval * 25).toBeCloseTo(unrounded, 10);
      // The unrounded value lies in a gap of the official table, so comparing it directly would be wrong.
      const naive = MUTU_INTERVAL.find((i) => unrounded >= i.min)?.mutu;
      expect(naive).toBe(mutuUnrounded);
    },
  );

  it('should round a true tie up even when binary floating point lands just below it', () => {
    // 40 respondents, sum 49 per unsur: IKM = 49/40 × 25 = 30.625 exactly, but the float path gives 30.624999…
    const r = computeIkmFromSums({ sums: sumsUniform(49, 40), responden: 40 });
    expect(r.ikmNilaiInterval * 25).toBeLessThan(30.625);
    expect(Math.round(r.ikmNilaiInterval * 25 * 100) / 100).toBe(30.62); // the naive rounding is wrong
    expect(r.ikm).toBe(30.63);
  });

  it('should report per-unsur konversi and mutu on the same table', () => {
    const r = computeIkm({
      responses: [
        { U1: 4, U2: 3, U3: 2, U4: 4, U5: 3, U6: 2, U7: 4, U8: 3, U9: 1 },
        { U1: 3, U2: 3, U3: 3, U4: 4, U5: 3, U6: 3, U7: 4, U8: 3, U9: 2 },
      ],
    });
    expect(r.perUnsur.map((u) => [u.kode, u.nilaiKonversi, u.mutu])).toEqual([
      ['U1', 87.5, 'B'],
      ['U2', 75, 'C'],
      ['U3', 62.5, 'D'],
      ['U4', 100, 'A'],
      ['U5', 75, 'C'],
      ['U6', 62.5, 'D'],
      ['U7', 100, 'A'],
      ['U8', 75, 'C'],
      ['U9', 37.5, 'D'],
    ]);
    expect(r.perUnsur[0]).toMatchObject({ nama: 'Persyaratan', jumlahNilai: 7, jumlahJawaban: 2, nrr: 3.5 });
    expect(r.nrrTertimbang.U1).toBeCloseTo(3.5 / 9, 15);
    // Σ NRR = 3.5+3+2.5+4+3+2.5+4+3+1.5 = 27 → 3 → 75.00
    expect(r.ikm).toBe(75);
  });

  it('should throw TANPA_RESPONDEN for no responses', () => {
    expect(catchIkmError(() => computeIkm({ responses: [] })).code).toBe('TANPA_RESPONDEN');
  });

  it.each<[string, IkmResponse[], UnsurKode[]]>([
    ['U3 left blank by everyone', [{ ...uniform(4), U3: null }, { ...uniform(3), U3: null }], ['U3']],
    ['U3 and U7 missing', [{ ...uniform(4), U3: undefined, U7: null }], ['U3', 'U7']],
    ['a respondent who answered nothing', [uniform(null)], [...UNSUR_KODE]],
  ])('should throw UNSUR_TANPA_JAWABAN naming the unsur when %s', (_name, responses, unsur) => {
    const error = catchIkmError(() => computeIkm({ responses }));
    expect(error.code).toBe('UNSUR_TANPA_JAWABAN');
    expect(error.unsur).toEqual(unsur);
    for (const k of unsur) expect(error.message).toContain(k);
  });

  it.each([5, 0, -1, 2.5, Number.NaN, '3', true])('should throw NILAI_TIDAK_VALID for a score of %s', (nilai) => {
    const error = catchIkmError(() =>
      computeIkm({ responses: [uniform(4), { ...uniform(3), U5: nilai as unknown as number }] }),
    );
    expect(error.code).toBe('NILAI_TIDAK_VALID');
    expect(error.nilaiTidakValid).toEqual([{ indeks: 1, kode: 'U5', nilai }]);
  });

  it('should list every invalid score, not just the first', () => {
    const error = catchIkmError(() =>
      computeIkm({ responses: [{ ...uniform(4), U1: 5 }, uniform(3), { ...uniform(2), U2: 0, U9: 7 }] }),
    );
    expect(error.nilaiTidakValid.map((v) => [v.indeks, v.kode])).toEqual([
      [0, 'U1'],
      [2, 'U2'],
      [2, 'U9'],
    ]);
  });

  it('should throw BOBOT_TIDAK_VALID for an unknown weight', () => {
    const error = catchIkmError(() => computeIkm({ responses: [uniform(4)], bobot: '0.1' as IkmBobot }));
    expect(error.code).toBe('BOBOT_TIDAK_VALID');
  });
});

describe(computeIkmFromSums.name, () => {
  it.each([
    // The "nilai interval" bounds of PermenPANRB 14/2017 (pelayanan.md §1.4) as NRR of every unsur,
    // 10 000 respondents each: NI → konversi → mutu.
    [1.0, 25, 'D'],
    [2.5996, 64.99, 'D'],
    [2.6, 65, 'C'],
    [3.064, 76.6, 'C'],
    [3.0644, 76.61, 'B'],
    [3.532, 88.3, 'B'],
    [3.5324, 88.31, 'A'],
    [4.0, 100, 'A'],
  ] as const)('should convert nilai interval %s to %s, mutu %s', (ni, ikm, mutu) => {
    const sum = Math.round(ni * 10_000);
    const r = computeIkmFromSums({ sums: sumsUniform(sum, 10_000), responden: 10_000 });
    expect(r.ikm).toBe(ikm);
    expect(r.mutu).toBe(mutu);
  });

  it('should give the same result as computeIkm for the same answers', () => {
    const responses: IkmResponse[] = [
      { U1: 4, U2: 3, U3: null, U4: 4, U5: 3, U6: 2, U7: 4, U8: 3, U9: 1 },
      { U1: 3, U2: 3, U3: 3, U4: 4, U5: null, U6: 3, U7: 4, U8: 3, U9: 2 },
      { U1: 2, U2: 4, U3: 3, U4: 4, U5: 3, U6: 3, U7: 3, U8: 2, U9: 2 },
    ];
    const sums = Object.fromEntries(
      UNSUR_KODE.map((k) => {
        const values = responses.map((r) => r[k]).filter((v): v is number => typeof v === 'number');
        return [k, { sum: values.reduce((a, b) => a + b, 0), count: values.length }];
      }),
    ) as Record<UnsurKode, UnsurSum>;
    for (const bobot of ['exact', '0.111', '0.11'] as const) {
      expect(computeIkmFromSums({ sums, responden: 3, bobot })).toEqual(computeIkm({ responses, bobot }));
    }
  });

  it.each<[string, Record<UnsurKode, UnsurSum>, number]>([
    ['a count above responden', sumsUniform(12, 3), 2],
    ['a sum above 4 × count', sumsUniform(13, 3), 3],
    ['a sum below count', sumsUniform(2, 3), 3],
    ['a fractional sum', sumsUniform(7.5, 3), 3],
    ['a negative count', sumsUniform(0, -1), 3],
    ['a missing unsur', (() => { const s: Partial<Record<UnsurKode, UnsurSum>> = sumsUniform(9, 3); delete s.U4; return s as Record<UnsurKode, UnsurSum>; })(), 3],
    ['a fractional responden', sumsUniform(9, 3), 3.5],
  ])('should throw AGREGAT_TIDAK_VALID for %s', (_name, sums, responden) => {
    expect(catchIkmError(() => computeIkmFromSums({ sums, responden })).code).toBe('AGREGAT_TIDAK_VALID');
  });

  it('should throw TANPA_RESPONDEN when responden is 0', () => {
    expect(catchIkmError(() => computeIkmFromSums({ sums: sumsUniform(0, 0), responden: 0 })).code).toBe(
      'TANPA_RESPONDEN',
    );
  });

  it('should throw UNSUR_TANPA_JAWABAN for a zero count', () => {
    const sums = { ...sumsUniform(30, 10), U8: { sum: 0, count: 0 } };
    const error = catchIkmError(() => computeIkmFromSums({ sums, responden: 10 }));
    expect(error.code).toBe('UNSUR_TANPA_JAWABAN');
    expect(error.unsur).toEqual(['U8']);
  });
});
