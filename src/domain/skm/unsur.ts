/**
 * The nine SKM elements (unsur) of PermenPANRB No. 14 Tahun 2017 (Pedoman Penyusunan Survei Kepuasan
 * Masyarakat), with the 1–4 answer scale. Spec: /work/shared/domain/pelayanan.md §1.1 and §1.2.
 *
 * Implementations disagree on the position of "pengaduan" and "sarana" (the sample questionnaire in the
 * lampiran asks about sarana before pengaduan), so every consumer must key by {@link UnsurKode}, never by
 * array position (§1.1).
 *
 * Pure data and helpers: no I/O.
 */

/** The unsur codes, in the order of pelayanan.md §1.1. Key answers by code, never by position. */
export const UNSUR_KODE = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;

/** One of `'U1'` … `'U9'`. */
export type UnsurKode = (typeof UNSUR_KODE)[number];

/** The answer scale of PermenPANRB 14/2017: 1 (worst) … 4 (best), with no neutral midpoint (§1.2). */
export const NILAI_JAWABAN = [1, 2, 3, 4] as const;

/** An answer value 1–4. */
export type NilaiJawaban = (typeof NILAI_JAWABAN)[number];

/** Labels for answers 1, 2, 3 and 4, in that order (index = nilai − 1). */
export type LabelJawaban = readonly [string, string, string, string];

/** One SKM element. */
export interface Unsur {
  /** `'U1'` … `'U9'`. */
  readonly kode: UnsurKode;
  /** The element's name as written in PermenPANRB 14/2017. */
  readonly nama: string;
  /** Short Indonesian description of what the respondent rates. */
  readonly deskripsi: string;
  /** A question in the style of the regulation's sample questionnaire (may be adapted per unit). */
  readonly pertanyaan: string;
  /** The element's own wording of the answers 1…4 (index = nilai − 1). */
  readonly label: LabelJawaban;
}

/**
 * The nine unsur with their names, descriptions, sample questions and answer labels.
 *
 * Names: PermenPANRB 14/2017 (pelayanan.md §1.1). Answer labels: the element-specific wording of the
 * regulation's sample questionnaire (pelayanan.md §1.2, tagged [K] — the wording may be adapted by a unit,
 * the numeric scale 1–4 may not).
 */
export const UNSUR: readonly Unsur[] = [
  {
    kode: 'U1',
    nama: 'Persyaratan',
    deskripsi: 'Kesesuaian, kejelasan, dan kemudahan persyaratan pelayanan untuk dipenuhi.',
    pertanyaan:
      'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
    label: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  },
  {
    kode: 'U2',
    nama: 'Sistem, Mekanisme, dan Prosedur',
    deskripsi: 'Kemudahan sistem, mekanisme, dan prosedur pelayanan.',
    pertanyaan: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
    label: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
  },
  {
    kode: 'U3',
    nama: 'Waktu Penyelesaian',
    deskripsi: 'Kecepatan dan ketepatan waktu penyelesaian pelayanan.',
    pertanyaan: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
    label: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
  },
  {
    kode: 'U4',
    nama: 'Biaya/Tarif',
    deskripsi: 'Kewajaran biaya/tarif pelayanan (atau gratis).',
    pertanyaan: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
    label: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
  },
  {
    kode: 'U5',
    nama: 'Produk Spesifikasi Jenis Pelayanan',
    deskripsi: 'Kesesuaian hasil pelayanan dengan produk yang tercantum dalam standar pelayanan.',
    pertanyaan:
      'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
    label: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  },
  {
    kode: 'U6',
    nama: 'Kompetensi Pelaksana',
    deskripsi: 'Kompetensi/kemampuan petugas dalam memberikan pelayanan.',
    pertanyaan: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
    label: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
  },
  {
    kode: 'U7',
    nama: 'Perilaku Pelaksana',
    deskripsi: 'Kesopanan dan keramahan petugas dalam memberikan pelayanan.',
    pertanyaan:
      'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
    label: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
  },
  {
    kode: 'U8',
    nama: 'Penanganan Pengaduan, Saran dan Masukan',
    deskripsi: 'Ketersediaan dan kualitas penanganan pengaduan, saran, dan masukan pengguna layanan.',
    pertanyaan: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
    label: [
      'Tidak ada',
      'Ada tetapi tidak berfungsi',
      'Berfungsi kurang maksimal',
      'Dikelola dengan baik',
    ],
  },
  {
    kode: 'U9',
    nama: 'Sarana dan Prasarana',
    deskripsi: 'Kualitas sarana dan prasarana pelayanan (ruang tunggu, toilet, parkir, dan lain-lain).',
    pertanyaan: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
    label: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
  },
];

const UNSUR_BY_KODE: ReadonlyMap<UnsurKode, Unsur> = new Map(UNSUR.map((u) => [u.kode, u]));

/**
 * Type guard for an unsur code. Exact match only (`'U1'`, not `'u1'`); callers that read user files
 * normalise case themselves (see `ikm-input.ts`).
 *
 * @example isUnsurKode('U9') === true; isUnsurKode('U10') === false
 */
export function isUnsurKode(value: unknown): value is UnsurKode {
  return typeof value === 'string' && (UNSUR_KODE as readonly string[]).includes(value);
}

/** Type guard for an answer value: an integer 1–4 (PermenPANRB 14/2017, pelayanan.md §1.2). */
export function isNilaiJawaban(value: unknown): value is NilaiJawaban {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4;
}

/**
 * The unsur definition for a code.
 *
 * @example getUnsur('U4').nama === 'Biaya/Tarif'
 */
export function getUnsur(kode: UnsurKode): Unsur {
  const unsur = UNSUR_BY_KODE.get(kode);
  // Unreachable for a well-typed caller; guards against casts from untyped input.
  if (!unsur) throw new RangeError(`Kode unsur tidak dikenal: ${String(kode)}`);
  return unsur;
}

/**
 * The element-specific Indonesian label of an answer (pelayanan.md §1.2).
 *
 * @param kode  unsur code
 * @param nilai answer value, integer 1–4
 * @throws RangeError when `nilai` is not an integer 1–4
 * @example labelJawaban('U4', 4) === 'Gratis'; labelJawaban('U3', 1) === 'Tidak cepat'
 */
export function labelJawaban(kode: UnsurKode, nilai: number): string {
  if (!isNilaiJawaban(nilai)) throw new RangeError(`Nilai jawaban harus bilangan bulat 1–4: ${nilai}`);
  return getUnsur(kode).label[nilai - 1] as string;
}
