import { describe, expect, it } from 'vitest';
import { periksaDistribusi, type JumlahPredikat, type PredikatOrganisasi } from './distribusi.ts';

const kode = (o: PredikatOrganisasi, j: JumlahPredikat) => periksaDistribusi(o, j).map((w) => `${w.kode}:${w.predikat.join('+')}`);

describe('periksaDistribusi (PermenPANRB 6/2022 Lampiran; kinerja.md §1.7)', () => {
  it('should not warn for an empty unit', () => {
    expect(periksaDistribusi('baik', {})).toEqual([]);
  });

  describe('Istimewa: SB dominant, max 70%', () => {
    it.each([
      [{ sangat_baik: 7, baik: 3 }, []],
      [{ sangat_baik: 71, baik: 29 }, ['MELEBIHI_MAKS:sangat_baik']],
      [{ sangat_baik: 70, baik: 30 }, []],
      [{ sangat_baik: 4, baik: 5, butuh_perbaikan: 1 }, ['DOMINAN_BUKAN:sangat_baik']],
      [{ sangat_baik: 5, baik: 5 }, []],
    ] as const)('%j → %j', (j, w) => expect(kode('istimewa', j)).toEqual(w));
  });

  describe('Baik: B dominant, max 70%, some BP and/or K/M required', () => {
    it.each([
      [{ baik: 7, butuh_perbaikan: 1, sangat_baik: 2 }, []],
      [{ baik: 7, kurang: 1, sangat_baik: 2 }, []],
      [{ baik: 8, sangat_baik: 2 }, ['MELEBIHI_MAKS:baik', 'WAJIB_ADA:butuh_perbaikan+kurang']],
      [{ baik: 70, sangat_baik: 29, butuh_perbaikan: 1 }, []],
      [{ baik: 71, sangat_baik: 28, butuh_perbaikan: 1 }, ['MELEBIHI_MAKS:baik']],
      [{ baik: 3, sangat_baik: 4, kurang: 3 }, ['DOMINAN_BUKAN:baik']],
    ] as const)('%j → %j', (j, w) => expect(kode('baik', j)).toEqual(w));
  });

  describe('Butuh Perbaikan: BP min 60%, SB max 10%', () => {
    it.each([
      [{ butuh_perbaikan: 6, baik: 3, sangat_baik: 1 }, []],
      [{ butuh_perbaikan: 59, baik: 41 }, ['KURANG_DARI_MIN:butuh_perbaikan']],
      [{ butuh_perbaikan: 60, baik: 29, sangat_baik: 11 }, ['MELEBIHI_MAKS:sangat_baik']],
    ] as const)('%j → %j', (j, w) => expect(kode('butuh_perbaikan', j)).toEqual(w));
  });

  describe('Kurang: K/M min 60%, BP min 10%, SB max 10%', () => {
    it.each([
      [{ kurang: 6, butuh_perbaikan: 1, baik: 2, sangat_baik: 1 }, []],
      [{ kurang: 6, baik: 4 }, ['KURANG_DARI_MIN:butuh_perbaikan']],
      [{ kurang: 59, butuh_perbaikan: 10, baik: 31 }, ['KURANG_DARI_MIN:kurang']],
      [{ kurang: 60, butuh_perbaikan: 9, sangat_baik: 11, baik: 20 }, ['KURANG_DARI_MIN:butuh_perbaikan', 'MELEBIHI_MAKS:sangat_baik']],
    ] as const)('%j → %j', (j, w) => expect(kode('kurang', j)).toEqual(w));
  });

  describe('Sangat Kurang: SK min 60%, K/M and/or BP min 10%, no SB at all', () => {
    it.each([
      [{ sangat_kurang: 6, kurang: 1, baik: 3 }, []],
      [{ sangat_kurang: 6, butuh_perbaikan: 1, baik: 3 }, []],
      [{ sangat_kurang: 6, baik: 4 }, ['KURANG_DARI_MIN:kurang+butuh_perbaikan']],
      [{ sangat_kurang: 60, kurang: 10, baik: 29, sangat_baik: 1 }, ['DILARANG:sangat_baik']],
      [{ sangat_kurang: 59, kurang: 41 }, ['KURANG_DARI_MIN:sangat_kurang']],
    ] as const)('%j → %j', (j, w) => expect(kode('sangat_kurang', j)).toEqual(w));
  });

  describe('every limit exactly at and one past its boundary (100 employees)', () => {
    it.each([
      // Butuh Perbaikan: SB max 10% — 10 allowed, 11 not
      ['butuh_perbaikan', { butuh_perbaikan: 60, baik: 30, sangat_baik: 10 }, []],
      ['butuh_perbaikan', { butuh_perbaikan: 60, baik: 29, sangat_baik: 11 }, ['MELEBIHI_MAKS:sangat_baik']],
      // Kurang: BP min 10% and SB max 10% both exactly at the limit, then one past each
      ['kurang', { kurang: 60, butuh_perbaikan: 10, sangat_baik: 10, baik: 20 }, []],
      ['kurang', { kurang: 60, butuh_perbaikan: 9, sangat_baik: 10, baik: 21 }, ['KURANG_DARI_MIN:butuh_perbaikan']],
      ['kurang', { kurang: 60, butuh_perbaikan: 10, sangat_baik: 11, baik: 19 }, ['MELEBIHI_MAKS:sangat_baik']],
      // Sangat Kurang: K/M and/or BP min 10% — 10 split over both groups counts, 9 does not
      ['sangat_kurang', { sangat_kurang: 60, kurang: 5, butuh_perbaikan: 5, baik: 30 }, []],
      ['sangat_kurang', { sangat_kurang: 61, kurang: 4, butuh_perbaikan: 5, baik: 30 }, ['KURANG_DARI_MIN:kurang+butuh_perbaikan']],
      // "none at all": one SB among 100 is already too many; zero is fine
      ['sangat_kurang', { sangat_kurang: 60, kurang: 10, baik: 30, sangat_baik: 0 }, []],
      // Baik: "must be some" — exactly one BP or one K/M satisfies it
      ['baik', { baik: 70, sangat_baik: 29, kurang: 1 }, []],
      ['baik', { baik: 70, sangat_baik: 30 }, ['WAJIB_ADA:butuh_perbaikan+kurang']],
      // dominance: a tie with another predikat still counts as "most"
      ['baik', { baik: 40, sangat_baik: 40, butuh_perbaikan: 20 }, []],
      ['baik', { baik: 39, sangat_baik: 40, butuh_perbaikan: 21 }, ['DOMINAN_BUKAN:baik']],
    ] as const)('%s %j → %j', (o, j, w) => expect(kode(o, j)).toEqual(w));
  });

  it('should give the actual share and the limit in the warning, in Indonesian', () => {
    const [w] = periksaDistribusi('istimewa', { sangat_baik: 3, baik: 1 });
    expect(w).toMatchObject({ kode: 'MELEBIHI_MAKS', batasPersen: 70, persen: 75 });
    expect(w!.pesan).toBe('Sangat Baik 75% melebihi batas 70% untuk predikat organisasi Istimewa.');
  });

  it('should write a fractional share with a decimal comma, as the UI shows numbers (newcomer review: "93.3%")', () => {
    const [w] = periksaDistribusi('istimewa', { sangat_baik: 14, baik: 1 });
    expect(w).toMatchObject({ kode: 'MELEBIHI_MAKS', persen: 93.3 });
    expect(w!.pesan).toBe('Sangat Baik 93,3% melebihi batas 70% untuk predikat organisasi Istimewa.');
  });
});
