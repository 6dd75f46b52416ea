import { describe, expect, it } from 'vitest';
import { NILAI_PREDIKAT, PREDIKAT, predikatKinerja, RATING, type Predikat, type Rating } from './predikat.ts';

/** kinerja.md §1.6, the matrix as printed: rows hasil kerja, columns perilaku (bawah, sesuai, atas). */
const MATRIKS: Array<[Rating, [Predikat, Predikat, Predikat]]> = [
  ['di_atas', ['kurang', 'baik', 'sangat_baik']],
  ['sesuai', ['kurang', 'baik', 'baik']],
  ['di_bawah', ['sangat_kurang', 'butuh_perbaikan', 'butuh_perbaikan']],
];

describe('predikatKinerja (PermenPANRB 6/2022, kinerja.md §1.6)', () => {
  for (const [hasil, baris] of MATRIKS) {
    (['di_bawah', 'sesuai', 'di_atas'] as const).forEach((perilaku, i) => {
      it(`should give ${baris[i]} for hasil kerja ${hasil} × perilaku ${perilaku}`, () => {
        expect(predikatKinerja(hasil, perilaku)).toBe(baris[i]);
      });
    });
  }

  it('should cover all 9 cells and give Sangat Baik only when both axes are di atas', () => {
    const sel = RATING.flatMap((h) => RATING.map((p) => [h, p, predikatKinerja(h, p)] as const));
    expect(sel).toHaveLength(9);
    expect(sel.filter(([, , x]) => x === 'sangat_baik')).toEqual([['di_atas', 'di_atas', 'sangat_baik']]);
  });

  it('should order the predikat best to worst 5..1', () => {
    expect(PREDIKAT.map((p) => NILAI_PREDIKAT[p])).toEqual([5, 4, 3, 2, 1]);
  });
});
