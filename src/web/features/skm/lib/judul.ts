/*
 * Survey titles without repetition. A survey's judul defaults to "SKM <unit> — <layanan> <periode>" (server),
 * so next to a heading that already names the unit, or a line that already names the period, writing the
 * judul again only repeats them.
 */

type SurveiNama = { judul: string; unitNama: string; layanan: string | null; periodeLabel: string };

const norm = (s: string) => s.toLocaleLowerCase('id-ID').replace(/\s+/g, ' ').trim();

/** Whether `teks` already contains `bagian` (case- and whitespace-insensitive). */
export function memuat(teks: string, bagian: string): boolean {
  return norm(teks).includes(norm(bagian));
}

/**
 * True when the judul says nothing beyond the unit, layanan and period (plus "SKM" and punctuation),
 * e.g. the default "SKM Dinas Kesehatan — Imunisasi Triwulan I 2027".
 */
export function judulBerulang(s: SurveiNama): boolean {
  let sisa = norm(s.judul);
  for (const p of [s.unitNama, s.layanan, s.periodeLabel]) if (p) sisa = sisa.replace(norm(p), ' ');
  return sisa.replace(/\bskm\b/g, ' ').replace(/[\s\-–—·:,.()/]+/g, '') === '';
}

/**
 * The parts of the line under a heading that names the unit: the judul only when it adds something, then
 * layanan and period unless the judul already contains them.
 * "SKM Disdukcapil Triwulan IV 2026" → ["Triwulan IV 2026"]; "Survei loket" → ["Survei loket", "Triwulan IV 2026"].
 */
export function subjudulSurvei(s: SurveiNama): string[] {
  const lain = [s.layanan, s.periodeLabel].filter((p): p is string => !!p);
  if (judulBerulang(s)) return lain;
  return [s.judul, ...lain.filter((p) => !memuat(s.judul, p))];
}
