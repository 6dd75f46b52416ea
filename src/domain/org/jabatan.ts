/**
 * Kinds (jenis) and levels (jenjang) of ASN jabatan: UU 5/2014 and PP 11/2017 jo PP 17/2020; UU 20/2023
 * regroups them as manajerial (JPT, administrator, pengawas) and non-manajerial (pelaksana, fungsional).
 * Spec: /work/shared/domain/kinerja.md §5.4.
 *
 * Pure data and helpers: no I/O.
 */
import type { GolonganPns } from './golongan.ts';

/** Jenis jabatan. ADMINISTRATOR, PENGAWAS and PELAKSANA are the three Jabatan Administrasi (JA). */
export const JENIS_JABATAN = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'] as const;

/** One of {@link JENIS_JABATAN}. */
export type JenisJabatan = (typeof JENIS_JABATAN)[number];

/** Indonesian label per jenis jabatan. */
export const JENIS_JABATAN_LABEL: Readonly<Record<JenisJabatan, string>> = {
  JPT: 'Jabatan Pimpinan Tinggi',
  ADMINISTRATOR: 'Jabatan Administrator',
  PENGAWAS: 'Jabatan Pengawas',
  PELAKSANA: 'Jabatan Pelaksana',
  FUNGSIONAL: 'Jabatan Fungsional',
};

/** JPT levels, highest first (kota: Sekda, kepala OPD etc. are Pratama). */
export const JENJANG_JPT = ['UTAMA', 'MADYA', 'PRATAMA'] as const;
export type JenjangJpt = (typeof JENJANG_JPT)[number];

/** JF kategori keahlian levels, lowest first. */
export const JENJANG_JF_KEAHLIAN = ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'] as const;
export type JenjangJfKeahlian = (typeof JENJANG_JF_KEAHLIAN)[number];

/** JF kategori keterampilan levels, lowest first. */
export const JENJANG_JF_KETERAMPILAN = ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'] as const;
export type JenjangJfKeterampilan = (typeof JENJANG_JF_KETERAMPILAN)[number];

/** Any JF level. */
export type JenjangJf = JenjangJfKeahlian | JenjangJfKeterampilan;

/** Any jenjang: only JPT and FUNGSIONAL have levels. */
export type JenjangJabatan = JenjangJpt | JenjangJf;

/** Kategori of a jabatan fungsional. */
export type KategoriJf = 'KEAHLIAN' | 'KETERAMPILAN';

/** Indonesian label per jenjang. */
export const JENJANG_LABEL: Readonly<Record<JenjangJabatan, string>> = {
  UTAMA: 'Utama',
  MADYA: 'Madya',
  PRATAMA: 'Pratama',
  AHLI_PERTAMA: 'Ahli Pertama',
  AHLI_MUDA: 'Ahli Muda',
  AHLI_MADYA: 'Ahli Madya',
  AHLI_UTAMA: 'Ahli Utama',
  PEMULA: 'Pemula',
  TERAMPIL: 'Terampil',
  MAHIR: 'Mahir',
  PENYELIA: 'Penyelia',
};

/**
 * PNS golongan range of each JF level, inclusive (kinerja.md §5.4): e.g. Ahli Pertama III/a–III/b,
 * Pemula II/a only.
 */
export const RENTANG_GOLONGAN_JF: Readonly<Record<JenjangJf, readonly [GolonganPns, GolonganPns]>> = {
  AHLI_PERTAMA: ['III/a', 'III/b'],
  AHLI_MUDA: ['III/c', 'III/d'],
  AHLI_MADYA: ['IV/a', 'IV/c'],
  AHLI_UTAMA: ['IV/d', 'IV/e'],
  PEMULA: ['II/a', 'II/a'],
  TERAMPIL: ['II/b', 'II/d'],
  MAHIR: ['III/a', 'III/b'],
  PENYELIA: ['III/c', 'III/d'],
};

/** Type guard for {@link JenisJabatan}. */
export function isJenisJabatan(value: unknown): value is JenisJabatan {
  return typeof value === 'string' && (JENIS_JABATAN as readonly string[]).includes(value);
}

/**
 * The levels allowed for a jenis jabatan (kinerja.md §5.4): JPT → Utama/Madya/Pratama; FUNGSIONAL → the four
 * keahlian then the four keterampilan levels; ADMINISTRATOR, PENGAWAS, PELAKSANA → none (empty list).
 *
 * @example jenjangOf('JPT') → ['UTAMA', 'MADYA', 'PRATAMA']; jenjangOf('PENGAWAS') → []
 */
export function jenjangOf(jenis: JenisJabatan): readonly JenjangJabatan[] {
  switch (jenis) {
    case 'JPT':
      return JENJANG_JPT;
    case 'FUNGSIONAL':
      return [...JENJANG_JF_KEAHLIAN, ...JENJANG_JF_KETERAMPILAN];
    case 'ADMINISTRATOR':
    case 'PENGAWAS':
    case 'PELAKSANA':
      return [];
  }
}

/**
 * Whether a (jenis, jenjang) pair is valid (kinerja.md §5.4): JPT and FUNGSIONAL need one of their levels;
 * the JA kinds (administrator, pengawas, pelaksana) must have no level (`null`/`undefined`).
 *
 * @example isJenjangValid('FUNGSIONAL', 'AHLI_MUDA') === true; isJenjangValid('JPT', 'AHLI_MUDA') === false;
 *          isJenjangValid('PELAKSANA', null) === true
 */
export function isJenjangValid(jenis: JenisJabatan, jenjang: string | null | undefined): boolean {
  const allowed = jenjangOf(jenis) as readonly string[];
  if (allowed.length === 0) return jenjang === null || jenjang === undefined;
  return typeof jenjang === 'string' && allowed.includes(jenjang);
}

/**
 * Kategori of a JF level: keahlian (Ahli …) or keterampilan (Pemula … Penyelia).
 *
 * @example kategoriJf('MAHIR') === 'KETERAMPILAN'
 */
export function kategoriJf(jenjang: JenjangJf): KategoriJf {
  return (JENJANG_JF_KEAHLIAN as readonly string[]).includes(jenjang) ? 'KEAHLIAN' : 'KETERAMPILAN';
}

/**
 * Whether a jenis is manajerial under UU 20/2023 (JPT, administrator, pengawas) rather than
 * non-manajerial (pelaksana, fungsional).
 */
export function isManajerial(jenis: JenisJabatan): boolean {
  return jenis === 'JPT' || jenis === 'ADMINISTRATOR' || jenis === 'PENGAWAS';
}

/**
 * Display label of a jabatan kind and level, e.g. `'Jabatan Fungsional Ahli Muda'`,
 * `'Jabatan Pimpinan Tinggi Pratama'`, `'Jabatan Pengawas'`.
 *
 * @throws RangeError when the pair is not valid ({@link isJenjangValid})
 */
export function labelJabatan(jenis: JenisJabatan, jenjang?: JenjangJabatan | null): string {
  if (!isJenjangValid(jenis, jenjang)) {
    throw new RangeError(`Jenjang ${String(jenjang)} tidak berlaku untuk jenis jabatan ${jenis}`);
  }
  const base = JENIS_JABATAN_LABEL[jenis];
  return jenjang ? `${base} ${JENJANG_LABEL[jenjang]}` : base;
}
