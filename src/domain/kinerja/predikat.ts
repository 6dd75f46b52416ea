/**
 * Predikat kinerja pegawai from the two ratings — PermenPANRB 6/2022 Lampiran (the 3×3 quadrant);
 * kinerja.md §1.5–§1.6. No formula and no weighting: the pejabat penilai sets each rating, the matrix
 * gives the predikat.
 */
export const RATING = ['di_bawah', 'sesuai', 'di_atas'] as const;
/** Rating hasil kerja or rating perilaku kerja: di bawah / sesuai / di atas ekspektasi. */
export type Rating = (typeof RATING)[number];

export const PREDIKAT = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
/** Predikat kinerja pegawai; `kurang` is "Kurang/Misconduct", `butuh_perbaikan` is also called "Cukup". */
export type Predikat = (typeof PREDIKAT)[number];

export const LABEL_RATING: Record<Rating, string> = {
  di_bawah: 'Di Bawah Ekspektasi',
  sesuai: 'Sesuai Ekspektasi',
  di_atas: 'Di Atas Ekspektasi',
};

export const LABEL_PREDIKAT: Record<Predikat, string> = {
  sangat_baik: 'Sangat Baik',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang/Misconduct',
  sangat_kurang: 'Sangat Kurang',
};

/** Ordinal value, best to worst 5..1 (kinerja.md §1.6 "Ordinal order"). */
export const NILAI_PREDIKAT: Record<Predikat, number> = {
  sangat_baik: 5, baik: 4, butuh_perbaikan: 3, kurang: 2, sangat_kurang: 1,
};

/**
 * The predikat for a rating hasil kerja × rating perilaku (kinerja.md §1.6):
 * - perilaku di bawah → Kurang/Misconduct, or Sangat Kurang when hasil kerja is also di bawah;
 * - hasil kerja di bawah (perilaku acceptable) → Butuh Perbaikan;
 * - both di atas → Sangat Baik; everything else → Baik.
 */
export function predikatKinerja(hasilKerja: Rating, perilaku: Rating): Predikat {
  if (perilaku === 'di_bawah') return hasilKerja === 'di_bawah' ? 'sangat_kurang' : 'kurang';
  if (hasilKerja === 'di_bawah') return 'butuh_perbaikan';
  if (hasilKerja === 'di_atas' && perilaku === 'di_atas') return 'sangat_baik';
  return 'baik';
}
