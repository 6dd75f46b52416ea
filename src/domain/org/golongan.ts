/**
 * Golongan/ruang and pangkat of PNS (PP 99/2000 jo PP 12/2002, as summarised in kinerja.md §5.3) and the
 * golongan of PPPK (Perpres 98/2020, kinerja.md §5.3, tagged [M]).
 *
 * Pure data and helpers: no I/O.
 */

/** PNS golongan/ruang in ascending order, I/a (lowest) … IV/e (highest). */
export const GOLONGAN_PNS = [
  'I/a', 'I/b', 'I/c', 'I/d',
  'II/a', 'II/b', 'II/c', 'II/d',
  'III/a', 'III/b', 'III/c', 'III/d',
  'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
] as const;

/** One of {@link GOLONGAN_PNS}. */
export type GolonganPns = (typeof GOLONGAN_PNS)[number];

/** Pangkat name of each PNS golongan (kinerja.md §5.3). */
export const PANGKAT_PNS: Readonly<Record<GolonganPns, string>> = {
  'I/a': 'Juru Muda',
  'I/b': 'Juru Muda Tingkat I',
  'I/c': 'Juru',
  'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

/** PPPK golongan I … XVII in ascending order (Perpres 98/2020). PPPK have no pangkat names. */
export const GOLONGAN_PPPK = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX',
  'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
] as const;

/** One of {@link GOLONGAN_PPPK}. */
export type GolonganPppk = (typeof GOLONGAN_PPPK)[number];

/**
 * Whether a string is exactly a PNS golongan as written in {@link GOLONGAN_PNS} (e.g. `'III/a'`).
 * Use {@link normalizeGolonganPns} first for user input such as `'iii-A'`.
 */
export function isGolonganPns(value: unknown): value is GolonganPns {
  return typeof value === 'string' && (GOLONGAN_PNS as readonly string[]).includes(value);
}

/** Whether a string is exactly a PPPK golongan `'I'` … `'XVII'` (Perpres 98/2020). */
export function isGolonganPppk(value: unknown): value is GolonganPppk {
  return typeof value === 'string' && (GOLONGAN_PPPK as readonly string[]).includes(value);
}

/**
 * Normalises common spellings of a PNS golongan: case-insensitive roman numerals, with `/`, `.`, `-`, a
 * space or nothing between golongan and ruang.
 *
 * @returns the canonical {@link GolonganPns}, or `null` when it is not a PNS golongan
 * @example normalizeGolonganPns(' iii.A ') === 'III/a'; normalizeGolonganPns('IIIa') === 'III/a'; normalizeGolonganPns('V/a') === null
 */
export function normalizeGolonganPns(input: string): GolonganPns | null {
  const m = /^\s*(IV|I{1,3})\s*[/.\- ]?\s*([A-E])\s*$/i.exec(input);
  if (!m) return null;
  const kandidat = `${(m[1] as string).toUpperCase()}/${(m[2] as string).toLowerCase()}`;
  return isGolonganPns(kandidat) ? kandidat : null;
}

/**
 * Pangkat name of a PNS golongan (kinerja.md §5.3).
 *
 * @returns the pangkat, or `null` for anything that is not a PNS golongan (PPPK golongan have no pangkat)
 * @example pangkatOf('III/b') === 'Penata Muda Tingkat I'; pangkatOf('IX') === null
 */
export function pangkatOf(golongan: GolonganPns): string;
export function pangkatOf(golongan: string): string | null;
export function pangkatOf(golongan: string): string | null {
  return isGolonganPns(golongan) ? PANGKAT_PNS[golongan] : null;
}

/**
 * Compares two PNS golongan by rank, for sorting and range checks.
 *
 * @returns negative when `a` is lower than `b`, 0 when equal, positive when higher
 * @example compareGolonganPns('II/d', 'III/a') < 0
 */
export function compareGolonganPns(a: GolonganPns, b: GolonganPns): number {
  return GOLONGAN_PNS.indexOf(a) - GOLONGAN_PNS.indexOf(b);
}

/**
 * Label "Pangkat (Gol)" for display, e.g. `'Penata Muda Tingkat I (III/b)'` (kinerja.md §5.3).
 *
 * @example labelGolonganPns('IV/a') === 'Pembina (IV/a)'
 */
export function labelGolonganPns(golongan: GolonganPns): string {
  return `${PANGKAT_PNS[golongan]} (${golongan})`;
}
