import { describe, expect, it } from 'vitest';
import { PREDIKAT_ORGANISASI } from '../../../../domain/kinerja/distribusi.ts';
import { aturanUntuk, persen, persenPredikat, ringkasPola, totalJumlah } from './pola.ts';

describe('ringkasPola', () => {
  // kinerja.md §1.7 "Distribution guidance", one row per organisation predikat.
  it.each([
    ['istimewa', 'Sebagian besar pegawai Sangat Baik (paling banyak 70%).'],
    ['baik', 'Sebagian besar pegawai Baik (paling banyak 70%); harus ada Butuh Perbaikan dan/atau Kurang/Misconduct.'],
    ['butuh_perbaikan', 'Butuh Perbaikan paling sedikit 60%; Sangat Baik paling banyak 10%.'],
    ['kurang', 'Kurang/Misconduct paling sedikit 60%; Butuh Perbaikan paling sedikit 10%; Sangat Baik paling banyak 10%.'],
    ['sangat_kurang', 'Sangat Kurang paling sedikit 60%; Kurang/Misconduct dan/atau Butuh Perbaikan paling sedikit 10%; tidak boleh ada Sangat Baik.'],
  ] as const)('should describe the pattern of %s in Bahasa Indonesia', (org, teks) => {
    expect(ringkasPola(org)).toBe(teks);
  });

  it.each([
    ['istimewa', 'Most employees Sangat Baik (at most 70%).'],
    ['baik', 'Most employees Baik (at most 70%); there must be some Butuh Perbaikan and/or Kurang/Misconduct.'],
    ['sangat_kurang', 'Sangat Kurang at least 60%; Kurang/Misconduct and/or Butuh Perbaikan at least 10%; no Sangat Baik at all.'],
  ] as const)('should describe the pattern of %s in English', (org, teks) => {
    expect(ringkasPola(org, 'en')).toBe(teks);
  });

  it('should give every organisation predikat a distinct sentence', () => {
    expect(new Set(PREDIKAT_ORGANISASI.map((o) => ringkasPola(o))).size).toBe(5);
  });
});

describe('aturanUntuk', () => {
  it.each([
    ['istimewa', 'sangat_baik', 'terbanyak, ≤ 70%'],
    ['istimewa', 'baik', ''],
    ['baik', 'baik', 'terbanyak, ≤ 70%'],
    ['baik', 'kurang', 'wajib ada (bersama)'],
    ['baik', 'sangat_kurang', ''],
    ['butuh_perbaikan', 'butuh_perbaikan', '≥ 60%'],
    ['butuh_perbaikan', 'sangat_baik', '≤ 10%'],
    ['kurang', 'butuh_perbaikan', '≥ 10%'],
    ['sangat_kurang', 'sangat_baik', 'tidak boleh ada'],
    ['sangat_kurang', 'butuh_perbaikan', '≥ 10% (bersama)'],
  ] as const)('should give the rule of %s for %s', (org, p, teks) => {
    expect(aturanUntuk(org, p)).toBe(teks);
  });

  it('should translate the rule', () => {
    expect(aturanUntuk('sangat_kurang', 'sangat_baik', 'en')).toBe('none allowed');
    expect(aturanUntuk('baik', 'butuh_perbaikan', 'en')).toBe('must exist (combined)');
  });
});

describe('persenPredikat / persen / totalJumlah', () => {
  it('should count missing predikat as 0', () => {
    expect(totalJumlah({ baik: 7, kurang: 3 })).toBe(10);
    expect(totalJumlah({})).toBe(0);
  });

  it('should give shares with one decimal', () => {
    const p = persenPredikat({ sangat_baik: 1, baik: 1, butuh_perbaikan: 1 });
    expect(p).toEqual({ sangat_baik: 33.3, baik: 33.3, butuh_perbaikan: 33.3, kurang: 0, sangat_kurang: 0 });
    expect(persenPredikat({ baik: 7, butuh_perbaikan: 3 }).baik).toBe(70);
  });

  it('should give 0 for every share when nobody is rated', () => {
    expect(Object.values(persenPredikat({}))).toEqual([0, 0, 0, 0, 0]);
  });

  it('should give null, not 0, for a share of nothing', () => {
    expect(persen(0, 0)).toBeNull();
    expect(persen(0, 5)).toBe(0);
    expect(persen(2, 3)).toBe(66.7);
    expect(persen(5, 5)).toBe(100);
  });
});
