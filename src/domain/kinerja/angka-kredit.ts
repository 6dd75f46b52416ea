import type { Predikat } from './predikat.ts';

/**
 * Angka kredit (AK) of a jabatan fungsional from the predikat — PermenPANRB 1/2023, PerBKN 3/2023;
 * kinerja.md §1.9(a): `AK = (bulan / 12) × %predikat × koefisien tahunan(jenjang)`.
 * The coefficient table is DATA (editable by BKPSDM; some rows are [M] confidence), passed in by the
 * caller; {@link KOEFISIEN_AK_AWAL} is the seed.
 */
export const PERSEN_PREDIKAT_AK: Record<Predikat, number> = {
  sangat_baik: 150, baik: 100, butuh_perbaikan: 75, kurang: 50, sangat_kurang: 25,
};

/** Koefisien AK per year by jenjang JF (kinerja.md §1.9a table; seed values, editable). */
export const KOEFISIEN_AK_AWAL: Readonly<Record<string, number>> = {
  'Ahli Pertama': 12.5, 'Ahli Muda': 25, 'Ahli Madya': 37.5, 'Ahli Utama': 50,
  Pemula: 3.75, Terampil: 5, Mahir: 12.5, Penyelia: 25,
};

/**
 * @param bulan months of the period counted (1–12; 12 for the annual conversion)
 * @param koefisien the jenjang's annual coefficient (> 0)
 * @returns AK rounded to 3 decimals (the worked example 2/12 × 100% × 12.5 = 2.083)
 * @throws RangeError for bulan outside 1..12 or a non-positive koefisien
 */
export function angkaKredit(predikat: Predikat, bulan: number, koefisien: number): number {
  if (!Number.isInteger(bulan) || bulan < 1 || bulan > 12) throw new RangeError('bulan harus 1–12');
  if (!(koefisien > 0)) throw new RangeError('koefisien harus lebih dari 0');
  // Integer arithmetic first (percent × koefisien×1000 × bulan), one division at the end.
  const ribuan = Math.round(koefisien * 1000) * PERSEN_PREDIKAT_AK[predikat] * bulan;
  return Math.round(ribuan / 12 / 100) / 1000;
}
