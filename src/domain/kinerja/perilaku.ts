/**
 * Perilaku kerja: the 7 BerAKHLAK core values of ASN with their panduan perilaku (3 indicators each) —
 * SE MenPANRB No. 20 Tahun 2021 (Implementasi Core Values dan Employer Branding ASN), used as part B of
 * the SKP by PermenPANRB 6/2022 (kinerja.md §1.2 "B. PERILAKU KERJA", §1.4). There are no levels (unlike
 * the 1–7 levels of PermenPANRB 8/2021); each row carries the standard guidance plus the pejabat penilai's
 * optional "ekspektasi khusus pimpinan" (stored per SKP in `skp_perilaku`).
 *
 * The texts paraphrase the SE's panduan perilaku in Bahasa Indonesia (kinerja.md §1.4 [H]). Pure data.
 */

export const KODE_PERILAKU = [
  'berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif',
] as const;
/** Code of one BerAKHLAK value (the order of the acronym: B-A-K-H-L-A-K). */
export type KodePerilaku = (typeof KODE_PERILAKU)[number];

export type NilaiPerilaku = {
  kode: KodePerilaku;
  /** The value's name, e.g. "Berorientasi Pelayanan". */
  nama: string;
  /** Its short meaning (definisi singkat). */
  ringkas: string;
  /** The three panduan perilaku (behaviour indicators) of the SE. */
  panduan: readonly [string, string, string];
};

/** The 7 BerAKHLAK values in their official order (SE MenPANRB 20/2021; kinerja.md §1.4). */
export const PERILAKU_BERAKHLAK: readonly NilaiPerilaku[] = [
  {
    kode: 'berorientasi_pelayanan',
    nama: 'Berorientasi Pelayanan',
    ringkas: 'Komitmen memberikan pelayanan prima demi kepuasan masyarakat.',
    panduan: [
      'Memahami dan memenuhi kebutuhan masyarakat.',
      'Ramah, cekatan, solutif, dan dapat diandalkan.',
      'Melakukan perbaikan tiada henti.',
    ],
  },
  {
    kode: 'akuntabel',
    nama: 'Akuntabel',
    ringkas: 'Bertanggung jawab atas kepercayaan yang diberikan.',
    panduan: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi.',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien.',
      'Tidak menyalahgunakan kewenangan jabatan.',
    ],
  },
  {
    kode: 'kompeten',
    nama: 'Kompeten',
    ringkas: 'Terus belajar dan mengembangkan kapabilitas.',
    panduan: [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah.',
      'Membantu orang lain belajar.',
      'Melaksanakan tugas dengan kualitas terbaik.',
    ],
  },
  {
    kode: 'harmonis',
    nama: 'Harmonis',
    ringkas: 'Saling peduli dan menghargai perbedaan.',
    panduan: [
      'Menghargai setiap orang apa pun latar belakangnya.',
      'Suka menolong orang lain.',
      'Membangun lingkungan kerja yang kondusif.',
    ],
  },
  {
    kode: 'loyal',
    nama: 'Loyal',
    ringkas: 'Berdedikasi dan mengutamakan kepentingan bangsa dan negara.',
    panduan: [
      'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah.',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara.',
      'Menjaga rahasia jabatan dan negara.',
    ],
  },
  {
    kode: 'adaptif',
    nama: 'Adaptif',
    ringkas: 'Terus berinovasi dan antusias dalam menggerakkan serta menghadapi perubahan.',
    panduan: [
      'Cepat menyesuaikan diri menghadapi perubahan.',
      'Terus berinovasi dan mengembangkan kreativitas.',
      'Bertindak proaktif.',
    ],
  },
  {
    kode: 'kolaboratif',
    nama: 'Kolaboratif',
    ringkas: 'Membangun kerja sama yang sinergis.',
    panduan: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi.',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah.',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama.',
    ],
  },
];

/** Whether `kode` is one of the 7 BerAKHLAK codes. */
export function isKodePerilaku(kode: string): kode is KodePerilaku {
  return (KODE_PERILAKU as readonly string[]).includes(kode);
}

/**
 * Part B of an SKP: the 7 values in order, each with the penilai's ekspektasi khusus from `ekspektasi`
 * (keyed by kode; a missing, blank or unknown key → null). Unknown keys are ignored.
 */
export function perilakuSkp(ekspektasi: Readonly<Record<string, string | null | undefined>>) {
  return PERILAKU_BERAKHLAK.map((p) => {
    const e = ekspektasi[p.kode]?.trim();
    return { kode: p.kode, nama: p.nama, ringkas: p.ringkas, panduan: [...p.panduan], ekspektasiKhusus: e ? e : null };
  });
}
