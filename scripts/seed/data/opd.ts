/**
 * Placeholder list of the Perangkat Daerah of Pemerintah Kota Tanjungbalai for the demo seed
 * (kinerja.md §6.3 "seed list … use only as a placeholder and replace with the Perda list" [L]; the
 * standard kota organisation of PP 18/2016 jo PP 72/2019, kinerja.md §5.5). Data only: the structure
 * (kepala → sekretaris/kabid → kasubbag/kasi → pelaksana/fungsional) is built by ../org.ts.
 */

/** Kategori of a jabatan fungsional as the seed uses it: keahlian only, keterampilan only, or both. */
export type KategoriJfSeed = 'AHLI' | 'TERAMPIL' | 'KEDUANYA';

/** A jabatan fungsional family (the jabatan name is `nama` + jenjang, e.g. "Perawat Ahli Pertama"). */
export type JfDef = {
  nama: string;
  kategori: KategoriJfSeed;
  /** Share of women holding it (default 0.45). */
  perempuan?: number;
  /** Gelar belakang for keahlian / keterampilan levels (default: general S1 / D3 titles). */
  gelarAhli?: readonly string[];
  gelarTerampil?: readonly string[];
  gelarDepan?: string;
  /** Probability that a holder at an entry/middle level is PPPK rather than PNS (default 0.12). */
  pppk?: number;
  /** Restrict the levels drawn (e.g. specialists are Ahli Muda/Madya only). */
  jenjang?: readonly ('AHLI_PERTAMA' | 'AHLI_MUDA' | 'AHLI_MADYA' | 'PEMULA' | 'TERAMPIL' | 'MAHIR' | 'PENYELIA')[];
  /** Jabatan name when it differs from `nama` (e.g. specialists are "Dokter Ahli Madya"). */
  namaJabatan?: string;
};

const SP = ['Sp.PD.', 'Sp.A.', 'Sp.OG.', 'Sp.B.', 'Sp.An.', 'Sp.Rad.', 'Sp.P.', 'Sp.JP.', 'Sp.N.', 'Sp.M.', 'Sp.THT-KL.', 'Sp.KK.', 'Sp.PK.'];

/** Jabatan fungsional used in the seed, by key. */
export const JF = {
  analisKebijakan: { nama: 'Analis Kebijakan', kategori: 'AHLI' },
  perencana: { nama: 'Perencana', kategori: 'AHLI' },
  pranataKomputer: { nama: 'Pranata Komputer', kategori: 'KEDUANYA', gelarAhli: ['S.Kom.', 'S.T.'], gelarTerampil: ['A.Md.Kom.', 'A.Md.'] },
  pranataHumas: { nama: 'Pranata Hubungan Masyarakat', kategori: 'KEDUANYA', gelarAhli: ['S.I.Kom.', 'S.Sos.'] },
  arsiparis: { nama: 'Arsiparis', kategori: 'KEDUANYA' },
  pustakawan: { nama: 'Pustakawan', kategori: 'KEDUANYA', perempuan: 0.6, gelarAhli: ['S.IP.', 'S.Hum.'] },
  statistisi: { nama: 'Statistisi', kategori: 'KEDUANYA', gelarAhli: ['S.Si.', 'S.Stat.'] },
  sandiman: { nama: 'Sandiman', kategori: 'KEDUANYA' },
  auditor: { nama: 'Auditor', kategori: 'KEDUANYA', gelarAhli: ['S.E., Ak.', 'S.Ak.', 'S.E.'] },
  p2upd: { nama: 'Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah', kategori: 'AHLI', gelarAhli: ['S.STP.', 'S.H.', 'S.Sos.'] },
  perancangPeraturan: { nama: 'Perancang Peraturan Perundang-undangan', kategori: 'AHLI', gelarAhli: ['S.H.'] },
  analisHukum: { nama: 'Analis Hukum', kategori: 'AHLI', gelarAhli: ['S.H.'] },
  pengelolaPbj: { nama: 'Pengelola Pengadaan Barang/Jasa', kategori: 'AHLI', gelarAhli: ['S.T.', 'S.E.', 'S.Kom.'] },
  analisSdm: { nama: 'Analis Sumber Daya Manusia Aparatur', kategori: 'AHLI', gelarAhli: ['S.Psi.', 'S.Sos.', 'S.AP.', 'S.H.'] },
  asesorSdm: { nama: 'Asesor Sumber Daya Manusia Aparatur', kategori: 'AHLI', gelarAhli: ['S.Psi.', 'M.Psi.'] },
  analisKeuangan: { nama: 'Analis Keuangan Pusat dan Daerah', kategori: 'AHLI', gelarAhli: ['S.E.', 'S.Ak.'] },
  penataLaksanaBarang: { nama: 'Penata Laksana Barang', kategori: 'TERAMPIL' },
  guru: { nama: 'Guru', kategori: 'AHLI', perempuan: 0.72, pppk: 0.4, gelarAhli: ['S.Pd.', 'S.Pd.', 'S.Pd.', 'S.Pd.I.', 'S.Si.', 'S.Pd., M.Pd.'] },
  pengawasSekolah: { nama: 'Pengawas Sekolah', kategori: 'AHLI', perempuan: 0.5, gelarAhli: ['S.Pd., M.Pd.'], jenjang: ['AHLI_MUDA', 'AHLI_MADYA'] },
  dokter: { nama: 'Dokter', kategori: 'AHLI', perempuan: 0.6, pppk: 0.1, gelarDepan: 'dr.', gelarAhli: [''], jenjang: ['AHLI_PERTAMA', 'AHLI_MUDA'] },
  dokterSpesialis: { nama: 'Dokter Spesialis', namaJabatan: 'Dokter', kategori: 'AHLI', perempuan: 0.45, pppk: 0, gelarDepan: 'dr.', gelarAhli: SP, jenjang: ['AHLI_MUDA', 'AHLI_MADYA'] },
  dokterGigi: { nama: 'Dokter Gigi', kategori: 'AHLI', perempuan: 0.7, gelarDepan: 'drg.', gelarAhli: [''], jenjang: ['AHLI_PERTAMA', 'AHLI_MUDA'] },
  perawat: { nama: 'Perawat', kategori: 'KEDUANYA', perempuan: 0.75, pppk: 0.3, gelarAhli: ['S.Kep., Ners', 'S.Kep.'], gelarTerampil: ['A.Md.Kep.'] },
  bidan: { nama: 'Bidan', kategori: 'KEDUANYA', perempuan: 1, pppk: 0.3, gelarAhli: ['S.Tr.Keb.', 'S.Keb., Bd.'], gelarTerampil: ['A.Md.Keb.'] },
  apoteker: { nama: 'Apoteker', kategori: 'AHLI', perempuan: 0.7, gelarAhli: ['S.Farm., Apt.'] },
  asistenApoteker: { nama: 'Asisten Apoteker', kategori: 'TERAMPIL', perempuan: 0.7, gelarTerampil: ['A.Md.Farm.'] },
  nutrisionis: { nama: 'Nutrisionis', kategori: 'KEDUANYA', perempuan: 0.85, gelarAhli: ['S.Gz.'], gelarTerampil: ['A.Md.Gz.'] },
  pranataLab: { nama: 'Pranata Laboratorium Kesehatan', kategori: 'KEDUANYA', perempuan: 0.65, gelarAhli: ['S.Tr.Kes.'], gelarTerampil: ['A.Md.AK.'] },
  radiografer: { nama: 'Radiografer', kategori: 'KEDUANYA', perempuan: 0.4, gelarAhli: ['S.Tr.Rad.'], gelarTerampil: ['A.Md.Rad.'] },
  perekamMedis: { nama: 'Perekam Medis', kategori: 'KEDUANYA', perempuan: 0.6, gelarAhli: ['S.Tr.RMIK.'], gelarTerampil: ['A.Md.RMIK.'] },
  sanitarian: { nama: 'Tenaga Sanitasi Lingkungan', kategori: 'KEDUANYA', gelarAhli: ['S.KM.'], gelarTerampil: ['A.Md.KL.'] },
  epidemiolog: { nama: 'Epidemiolog Kesehatan', kategori: 'AHLI', gelarAhli: ['S.KM.', 'S.KM., M.Kes.'] },
  penyuluhKesmas: { nama: 'Penyuluh Kesehatan Masyarakat', kategori: 'AHLI', perempuan: 0.6, gelarAhli: ['S.KM.'] },
  administratorKesehatan: { nama: 'Administrator Kesehatan', kategori: 'AHLI', gelarAhli: ['S.KM.', 'S.KM., M.Kes.'] },
  adbKependudukan: { nama: 'Administrator Database Kependudukan', kategori: 'KEDUANYA', gelarAhli: ['S.Kom.', 'S.T.'], gelarTerampil: ['A.Md.Kom.'] },
  penyuluhKb: { nama: 'Penyuluh Keluarga Berencana', kategori: 'KEDUANYA', perempuan: 0.7 },
  pekerjaSosial: { nama: 'Pekerja Sosial', kategori: 'KEDUANYA', perempuan: 0.6, gelarAhli: ['S.Sos.', 'S.Tr.Sos.'] },
  penyuluhSosial: { nama: 'Penyuluh Sosial', kategori: 'AHLI', gelarAhli: ['S.Sos.'] },
  mediatorHi: { nama: 'Mediator Hubungan Industrial', kategori: 'AHLI', gelarAhli: ['S.H.'] },
  pengantarKerja: { nama: 'Pengantar Kerja', kategori: 'KEDUANYA' },
  penyuluhPertanian: { nama: 'Penyuluh Pertanian', kategori: 'KEDUANYA', pppk: 0.3, gelarAhli: ['S.P.'], gelarTerampil: ['A.Md.P.'] },
  analisPangan: { nama: 'Analis Ketahanan Pangan', kategori: 'AHLI', gelarAhli: ['S.P.', 'S.TP.'] },
  medikVeteriner: { nama: 'Medik Veteriner', kategori: 'AHLI', gelarDepan: 'drh.', gelarAhli: [''] },
  pengendaliDampak: { nama: 'Pengendali Dampak Lingkungan', kategori: 'AHLI', gelarAhli: ['S.T.', 'S.Si.'] },
  pengawasLh: { nama: 'Pengawas Lingkungan Hidup', kategori: 'AHLI', gelarAhli: ['S.T.', 'S.Si.'] },
  teknikJalan: { nama: 'Teknik Jalan dan Jembatan', kategori: 'KEDUANYA', perempuan: 0.2, gelarAhli: ['S.T.'], gelarTerampil: ['A.Md.T.'] },
  teknikPengairan: { nama: 'Teknik Pengairan', kategori: 'KEDUANYA', perempuan: 0.2, gelarAhli: ['S.T.'], gelarTerampil: ['A.Md.T.'] },
  teknikBangunan: { nama: 'Teknik Tata Bangunan dan Perumahan', kategori: 'KEDUANYA', perempuan: 0.25, gelarAhli: ['S.T.'], gelarTerampil: ['A.Md.T.'] },
  penataRuang: { nama: 'Penata Ruang', kategori: 'AHLI', gelarAhli: ['S.T.', 'S.PWK.'] },
  polPp: { nama: 'Polisi Pamong Praja', kategori: 'KEDUANYA', perempuan: 0.15, pppk: 0.1, gelarAhli: ['S.H.', 'S.Sos.'], gelarTerampil: [''] },
  damkar: { nama: 'Analis Kebakaran', kategori: 'AHLI', perempuan: 0.1, gelarAhli: ['S.T.'] },
  pemadam: { nama: 'Pemadam Kebakaran', kategori: 'TERAMPIL', perempuan: 0.05, gelarTerampil: [''] },
  pengujiKendaraan: { nama: 'Penguji Kendaraan Bermotor', kategori: 'KEDUANYA', perempuan: 0.1, gelarTerampil: ['A.Md.T.', ''] },
  pengawasKoperasi: { nama: 'Pengawas Koperasi', kategori: 'AHLI', gelarAhli: ['S.E.'] },
  penera: { nama: 'Penera', kategori: 'KEDUANYA', perempuan: 0.3 },
  analisPerdagangan: { nama: 'Analis Perdagangan', kategori: 'AHLI', gelarAhli: ['S.E.'] },
  adyatama: { nama: 'Adyatama Kepariwisataan dan Ekonomi Kreatif', kategori: 'AHLI', gelarAhli: ['S.Par.', 'S.E.'] },
  penyuluhPerikanan: { nama: 'Penyuluh Perikanan', kategori: 'KEDUANYA', pppk: 0.25, gelarAhli: ['S.Pi.'], gelarTerampil: ['A.Md.Pi.'] },
  pengawasPerikanan: { nama: 'Pengawas Perikanan', kategori: 'KEDUANYA', gelarAhli: ['S.Pi.'] },
  penataBencana: { nama: 'Penata Penanggulangan Bencana', kategori: 'AHLI' },
} as const satisfies Record<string, JfDef>;
export type JfKey = keyof typeof JF;

/** A bidang (or bagian / inspektur pembantu) inside an OPD. */
export type BidangDef = {
  nama: string;
  /** Name of the head's jabatan (default "Kepala " + nama). */
  kepala?: string;
  /** Names of the pengawas jabatan under the head (default: two generic seksi). `[]` = none. */
  seksi?: readonly string[];
  isUnitLayanan?: boolean;
  /** Names of pelaksana jabatan used in this bidang (default: the OPD's). */
  pelaksana?: readonly string[];
  /** Fungsional in this bidang: [jf, number of holders] (default: drawn from the OPD's jf pool). */
  jf?: ReadonlyArray<readonly [JfKey, number]>;
  /** Unit kind (default BIDANG). */
  jenis?: 'BIDANG' | 'BAGIAN';
};

/** An UPT (school, puskesmas) under a dinas. */
export type UptDef = {
  kode: string;
  nama: string;
  /** Head's jabatan: school heads are guru with an extra task (JF Ahli Madya), puskesmas heads are pengawas. */
  kepala: { nama: string; jenis: 'FUNGSIONAL' | 'PENGAWAS'; jf?: JfKey };
  /** Index into the OPD's `bidang` of the bidang whose head is the UPT head's atasan. */
  bidangInduk: number;
  jf: ReadonlyArray<readonly [JfKey, number]>;
  pelaksana: number;
  pelaksanaNama: string;
};

export type OpdDef = {
  /** Suffix of the unit kode (`OPD-<kode>`). */
  kode: string;
  nama: string;
  singkatan: string;
  jenis: 'SETWAN' | 'INSPEKTORAT' | 'DINAS' | 'BADAN' | 'RSUD';
  /** Head's jabatan (default "Kepala " + nama). */
  kepala?: string;
  isUnitLayanan?: boolean;
  /** Staff size factor (1 = a typical dinas: ~50 ASN in the office). */
  skala: number;
  /** Fungsional drawn for bidang without an explicit `jf` list. */
  jf: readonly JfKey[];
  /** Pelaksana jabatan names (PermenPANRB 45/2022 nomenclature). */
  pelaksana?: readonly string[];
  /** Secretariat: `false` for none (Sekretariat DPRD is itself one); else optional names. */
  sekretariat?: false | { nama?: string; kepala?: string; subbag?: readonly string[] };
  bidang: readonly BidangDef[];
  upt?: readonly UptDef[];
};

/** Default pelaksana jabatan names (PermenPANRB 45/2022). */
export const PELAKSANA_UMUM = [
  'Pengadministrasi Perkantoran', 'Penata Layanan Operasional', 'Pengelola Layanan Operasional',
  'Pengolah Data dan Informasi', 'Operator Layanan Operasional', 'Penelaah Teknis Kebijakan',
] as const;

/** Sekretariat Daerah: the Sekda, three Asisten and the Bagian each Asisten coordinates (kinerja.md §5.5). */
export const SETDA = {
  kode: 'SETDA',
  nama: 'Sekretariat Daerah',
  singkatan: 'Setda',
  sekda: 'Sekretaris Daerah',
  asisten: [
    {
      nama: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
      bagian: [
        { kode: 'PEM', nama: 'Bagian Pemerintahan', subbag: ['Kepala Subbagian Administrasi Pemerintahan', 'Kepala Subbagian Otonomi Daerah dan Kerja Sama'], jf: [['analisKebijakan', 3]] },
        { kode: 'HUK', nama: 'Bagian Hukum', subbag: ['Kepala Subbagian Perundang-undangan', 'Kepala Subbagian Bantuan Hukum', 'Kepala Subbagian Dokumentasi dan Informasi Hukum'], jf: [['perancangPeraturan', 3], ['analisHukum', 3]] },
        { kode: 'KESRA', nama: 'Bagian Kesejahteraan Rakyat', subbag: ['Kepala Subbagian Bina Mental Spiritual', 'Kepala Subbagian Kesejahteraan Masyarakat'], jf: [['analisKebijakan', 2]] },
      ],
    },
    {
      nama: 'Asisten Perekonomian dan Pembangunan',
      bagian: [
        { kode: 'EKO', nama: 'Bagian Perekonomian dan Sumber Daya Alam', subbag: ['Kepala Subbagian Perekonomian', 'Kepala Subbagian Sumber Daya Alam'], jf: [['analisKebijakan', 2]] },
        { kode: 'PBJ', nama: 'Bagian Pengadaan Barang/Jasa', subbag: ['Kepala Subbagian Pengelolaan Pengadaan Barang/Jasa', 'Kepala Subbagian Layanan Pengadaan Secara Elektronik'], jf: [['pengelolaPbj', 6]] },
      ],
    },
    {
      nama: 'Asisten Administrasi Umum',
      bagian: [
        { kode: 'ORG', nama: 'Bagian Organisasi', subbag: ['Kepala Subbagian Kelembagaan dan Analisis Jabatan', 'Kepala Subbagian Reformasi Birokrasi dan Akuntabilitas Kinerja', 'Kepala Subbagian Tata Laksana'], jf: [['analisKebijakan', 3]] },
        { kode: 'UMUM', nama: 'Bagian Umum', subbag: ['Kepala Subbagian Tata Usaha Pimpinan dan Kepegawaian', 'Kepala Subbagian Keuangan', 'Kepala Subbagian Rumah Tangga dan Perlengkapan'], jf: [['arsiparis', 3], ['pranataKomputer', 2]] },
        { kode: 'PROKOPIM', nama: 'Bagian Protokol dan Komunikasi Pimpinan', subbag: ['Kepala Subbagian Protokol', 'Kepala Subbagian Komunikasi Pimpinan', 'Kepala Subbagian Dokumentasi Pimpinan'], jf: [['pranataHumas', 4]] },
      ],
    },
  ],
} as const satisfies {
  kode: string; nama: string; singkatan: string; sekda: string;
  asisten: ReadonlyArray<{ nama: string; bagian: ReadonlyArray<{ kode: string; nama: string; subbag: readonly string[]; jf: ReadonlyArray<readonly [JfKey, number]> }> }>;
};

const sd = (n: number): UptDef => ({
  kode: `SDN${String(n).padStart(2, '0')}`,
  nama: `SD Negeri ${n} Tanjungbalai`,
  kepala: { nama: `Kepala SD Negeri ${n} Tanjungbalai`, jenis: 'FUNGSIONAL', jf: 'guru' },
  bidangInduk: 1,
  jf: [['guru', 13 + (n % 5) * 2]],
  pelaksana: 1 + (n % 2),
  pelaksanaNama: 'Pengadministrasi Perkantoran',
});
const smp = (n: number): UptDef => ({
  kode: `SMPN${String(n).padStart(2, '0')}`,
  nama: `SMP Negeri ${n} Tanjungbalai`,
  kepala: { nama: `Kepala SMP Negeri ${n} Tanjungbalai`, jenis: 'FUNGSIONAL', jf: 'guru' },
  bidangInduk: 2,
  jf: [['guru', 34 + (n % 4) * 4]],
  pelaksana: 3 + (n % 2),
  pelaksanaNama: 'Pengadministrasi Perkantoran',
});
const PUSKESMAS = ['Tanjungbalai Selatan', 'Tanjungbalai Utara', 'Sei Tualang Raso', 'Teluk Nibung', 'Datuk Bandar', 'Datuk Bandar Timur', 'Sijambi', 'Pantai Johor'];
const puskesmas = (nama: string, i: number): UptDef => ({
  kode: `PKM${String(i + 1).padStart(2, '0')}`,
  nama: `UPT Puskesmas ${nama}`,
  kepala: { nama: `Kepala UPT Puskesmas ${nama}`, jenis: 'PENGAWAS' },
  bidangInduk: 2,
  jf: [
    ['dokter', 3], ['dokterGigi', 1], ['perawat', 12 + (i % 3) * 2], ['bidan', 11 + (i % 2) * 3], ['apoteker', 1],
    ['asistenApoteker', 2], ['nutrisionis', 2], ['pranataLab', 2], ['sanitarian', 2], ['penyuluhKesmas', 1], ['perekamMedis', 1],
  ],
  pelaksana: 4,
  pelaksanaNama: 'Operator Layanan Kesehatan',
});

/** Sekretariat DPRD, Inspektorat, the dinas, the badan and the RSUD (kinerja.md §6.3 seed list). */
export const OPD: readonly OpdDef[] = [
  {
    kode: 'SETWAN', nama: 'Sekretariat Dewan Perwakilan Rakyat Daerah', singkatan: 'Setwan', jenis: 'SETWAN',
    kepala: 'Sekretaris DPRD', skala: 1, jf: ['analisKebijakan', 'perancangPeraturan', 'pranataHumas'], sekretariat: false,
    bidang: [
      { nama: 'Bagian Umum dan Keuangan', jenis: 'BAGIAN', seksi: ['Kepala Subbagian Umum dan Kepegawaian', 'Kepala Subbagian Keuangan'] },
      { nama: 'Bagian Persidangan dan Perundang-undangan', jenis: 'BAGIAN', seksi: ['Kepala Subbagian Persidangan dan Risalah'] },
      { nama: 'Bagian Fasilitasi Penganggaran dan Pengawasan', jenis: 'BAGIAN', seksi: ['Kepala Subbagian Fasilitasi Penganggaran'] },
    ],
  },
  {
    kode: 'INSPEKTORAT', nama: 'Inspektorat Daerah', singkatan: 'Inspektorat', jenis: 'INSPEKTORAT', kepala: 'Inspektur', skala: 1,
    jf: ['auditor', 'p2upd'], sekretariat: { subbag: ['Kepala Subbagian Umum dan Kepegawaian', 'Kepala Subbagian Perencanaan dan Keuangan'] },
    bidang: [1, 2, 3, 4].map((n) => ({
      nama: `Inspektur Pembantu Wilayah ${['I', 'II', 'III', 'IV'][n - 1]}`,
      kepala: `Inspektur Pembantu Wilayah ${['I', 'II', 'III', 'IV'][n - 1]}`,
      seksi: [],
      jf: [['auditor', 5], ['p2upd', 3]] as const,
    })),
  },
  {
    kode: 'DISDIK', nama: 'Dinas Pendidikan', singkatan: 'Disdik', jenis: 'DINAS', skala: 1, jf: ['analisKebijakan', 'pranataKomputer', 'pengawasSekolah'],
    bidang: [
      { nama: 'Bidang Pembinaan Pendidikan Anak Usia Dini dan Pendidikan Nonformal' },
      { nama: 'Bidang Pembinaan Sekolah Dasar' },
      { nama: 'Bidang Pembinaan Sekolah Menengah Pertama' },
      { nama: 'Bidang Guru dan Tenaga Kependidikan' },
    ],
    upt: [...Array.from({ length: 24 }, (_, i) => sd(i + 1)), ...Array.from({ length: 9 }, (_, i) => smp(i + 1))],
  },
  {
    kode: 'DINKES', nama: 'Dinas Kesehatan', singkatan: 'Dinkes', jenis: 'DINAS', skala: 1.1, isUnitLayanan: true,
    jf: ['epidemiolog', 'penyuluhKesmas', 'sanitarian', 'administratorKesehatan'],
    bidang: [
      { nama: 'Bidang Kesehatan Masyarakat' },
      { nama: 'Bidang Pencegahan dan Pengendalian Penyakit' },
      { nama: 'Bidang Pelayanan dan Sumber Daya Kesehatan' },
    ],
    upt: PUSKESMAS.map(puskesmas),
  },
  {
    kode: 'PUPR', nama: 'Dinas Pekerjaan Umum dan Penataan Ruang', singkatan: 'Dinas PUPR', jenis: 'DINAS', skala: 1.4,
    jf: ['teknikJalan', 'teknikPengairan', 'penataRuang'],
    pelaksana: ['Pengadministrasi Perkantoran', 'Teknisi Sarana dan Prasarana', 'Pengelola Layanan Operasional'],
    bidang: [{ nama: 'Bidang Bina Marga' }, { nama: 'Bidang Sumber Daya Air' }, { nama: 'Bidang Cipta Karya' }, { nama: 'Bidang Penataan Ruang' }],
  },
  {
    kode: 'PERKIM', nama: 'Dinas Perumahan Rakyat dan Kawasan Permukiman', singkatan: 'Disperkim', jenis: 'DINAS', skala: 0.9,
    jf: ['teknikBangunan', 'penataRuang'],
    bidang: [{ nama: 'Bidang Perumahan' }, { nama: 'Bidang Kawasan Permukiman' }, { nama: 'Bidang Pertanahan' }],
  },
  {
    kode: 'SATPOLPP', nama: 'Satuan Polisi Pamong Praja dan Pemadam Kebakaran', singkatan: 'Satpol PP dan Damkar', jenis: 'DINAS',
    kepala: 'Kepala Satuan Polisi Pamong Praja dan Pemadam Kebakaran', skala: 1.6, jf: ['polPp'],
    bidang: [
      { nama: 'Bidang Penegakan Peraturan Daerah', jf: [['polPp', 22]] },
      { nama: 'Bidang Ketertiban Umum dan Ketenteraman Masyarakat', jf: [['polPp', 26]] },
      { nama: 'Bidang Perlindungan Masyarakat', jf: [['polPp', 8]] },
      { nama: 'Bidang Pemadam Kebakaran', jf: [['pemadam', 34], ['damkar', 2]] },
    ],
  },
  {
    kode: 'DINSOS', nama: 'Dinas Sosial', singkatan: 'Dinsos', jenis: 'DINAS', skala: 1, jf: ['pekerjaSosial', 'penyuluhSosial'],
    bidang: [{ nama: 'Bidang Perlindungan dan Jaminan Sosial' }, { nama: 'Bidang Rehabilitasi Sosial' }, { nama: 'Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin' }],
  },
  {
    kode: 'DISNAKER', nama: 'Dinas Tenaga Kerja', singkatan: 'Disnaker', jenis: 'DINAS', skala: 0.8, jf: ['mediatorHi', 'pengantarKerja'],
    bidang: [{ nama: 'Bidang Penempatan dan Perluasan Kesempatan Kerja' }, { nama: 'Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja' }],
  },
  {
    kode: 'DP3AP2KB', nama: 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana', singkatan: 'DP3AP2KB',
    jenis: 'DINAS', skala: 1.1, jf: ['penyuluhKb', 'analisKebijakan'],
    bidang: [
      { nama: 'Bidang Pemberdayaan Perempuan dan Perlindungan Anak' },
      { nama: 'Bidang Pengendalian Penduduk' },
      { nama: 'Bidang Keluarga Berencana dan Ketahanan Keluarga', jf: [['penyuluhKb', 14]] },
    ],
  },
  {
    kode: 'DKPP', nama: 'Dinas Ketahanan Pangan dan Pertanian', singkatan: 'DKPP', jenis: 'DINAS', skala: 1, jf: ['analisPangan', 'medikVeteriner'],
    bidang: [
      { nama: 'Bidang Ketahanan Pangan' },
      { nama: 'Bidang Tanaman Pangan dan Hortikultura', jf: [['penyuluhPertanian', 12]] },
      { nama: 'Bidang Peternakan dan Kesehatan Hewan' },
    ],
  },
  {
    kode: 'DLH', nama: 'Dinas Lingkungan Hidup', singkatan: 'DLH', jenis: 'DINAS', skala: 1.5, jf: ['pengendaliDampak', 'pengawasLh'],
    pelaksana: ['Pengadministrasi Perkantoran', 'Operator Layanan Operasional', 'Teknisi Sarana dan Prasarana', 'Pengelola Umum Operasional'],
    bidang: [
      { nama: 'Bidang Tata Lingkungan dan Pengendalian Pencemaran' },
      { nama: 'Bidang Pengelolaan Sampah dan Limbah B3' },
      { nama: 'Bidang Pertamanan dan Penerangan Jalan Umum' },
    ],
  },
  {
    kode: 'DISDUKCAPIL', nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil', jenis: 'DINAS', skala: 1.3, isUnitLayanan: true,
    jf: ['adbKependudukan', 'analisKebijakan'],
    pelaksana: ['Operator Layanan Operasional', 'Pengadministrasi Perkantoran', 'Pengolah Data dan Informasi'],
    bidang: [
      {
        nama: 'Bidang Pelayanan Pendaftaran Penduduk', isUnitLayanan: true,
        seksi: ['Kepala Seksi Identitas Penduduk', 'Kepala Seksi Pindah Datang Penduduk'],
        pelaksana: ['Operator Layanan Operasional', 'Pengadministrasi Perkantoran'],
      },
      {
        nama: 'Bidang Pelayanan Pencatatan Sipil', isUnitLayanan: true,
        seksi: ['Kepala Seksi Kelahiran dan Kematian', 'Kepala Seksi Perkawinan, Perceraian dan Perubahan Status Anak'],
        pelaksana: ['Operator Layanan Operasional', 'Pengadministrasi Perkantoran'],
      },
      {
        nama: 'Bidang Pengelolaan Informasi Administrasi Kependudukan',
        seksi: ['Kepala Seksi Sistem Informasi Administrasi Kependudukan', 'Kepala Seksi Pengolahan dan Penyajian Data Kependudukan'],
      },
      {
        nama: 'Bidang Pemanfaatan Data dan Inovasi Pelayanan',
        seksi: ['Kepala Seksi Kerja Sama dan Inovasi Pelayanan', 'Kepala Seksi Pemanfaatan Data dan Dokumen Kependudukan'],
      },
    ],
  },
  {
    kode: 'DPM', nama: 'Dinas Pemberdayaan Masyarakat', singkatan: 'DPM', jenis: 'DINAS', skala: 0.8, jf: ['analisKebijakan'],
    bidang: [{ nama: 'Bidang Kelembagaan dan Pemberdayaan Masyarakat' }, { nama: 'Bidang Pembangunan Kelurahan' }],
  },
  {
    kode: 'DISHUB', nama: 'Dinas Perhubungan', singkatan: 'Dishub', jenis: 'DINAS', skala: 1.2, jf: ['pengujiKendaraan', 'analisKebijakan'],
    bidang: [{ nama: 'Bidang Lalu Lintas dan Angkutan Jalan' }, { nama: 'Bidang Sarana dan Prasarana Perhubungan' }, { nama: 'Bidang Perhubungan Laut dan Sungai' }],
  },
  {
    kode: 'DISKOMINFO', nama: 'Dinas Komunikasi dan Informatika', singkatan: 'Diskominfo', jenis: 'DINAS', skala: 1,
    jf: ['pranataKomputer', 'pranataHumas', 'statistisi', 'sandiman'],
    bidang: [
      { nama: 'Bidang Informasi dan Komunikasi Publik' },
      { nama: 'Bidang Aplikasi Informatika dan Persandian' },
      { nama: 'Bidang Statistik Sektoral' },
    ],
  },
  {
    kode: 'DISKOPERINDAG', nama: 'Dinas Koperasi, Usaha Kecil dan Menengah, Perdagangan dan Perindustrian', singkatan: 'Diskoperindag',
    jenis: 'DINAS', skala: 1, jf: ['pengawasKoperasi', 'penera', 'analisPerdagangan'],
    bidang: [{ nama: 'Bidang Koperasi dan Usaha Mikro' }, { nama: 'Bidang Perdagangan' }, { nama: 'Bidang Perindustrian' }],
  },
  {
    kode: 'DPMPTSP', nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', singkatan: 'DPMPTSP', jenis: 'DINAS', skala: 1, isUnitLayanan: true,
    jf: ['analisKebijakan', 'pranataKomputer'], pelaksana: ['Operator Layanan Operasional', 'Pengadministrasi Perkantoran', 'Penelaah Teknis Kebijakan'],
    bidang: [
      { nama: 'Bidang Pelayanan Perizinan dan Nonperizinan', seksi: ['Kepala Seksi Pelayanan Perizinan', 'Kepala Seksi Pelayanan Nonperizinan'] },
      { nama: 'Bidang Penanaman Modal' },
      { nama: 'Bidang Pengaduan, Kebijakan dan Pelaporan Layanan' },
    ],
  },
  {
    kode: 'DISPORAPAR', nama: 'Dinas Kepemudaan, Olahraga dan Pariwisata', singkatan: 'Disporapar', jenis: 'DINAS', skala: 0.8, jf: ['adyatama', 'analisKebijakan'],
    bidang: [{ nama: 'Bidang Kepemudaan' }, { nama: 'Bidang Keolahragaan' }, { nama: 'Bidang Pariwisata dan Ekonomi Kreatif' }],
  },
  {
    kode: 'DISPUSIP', nama: 'Dinas Perpustakaan dan Kearsipan', singkatan: 'Dispusip', jenis: 'DINAS', skala: 0.8, jf: ['pustakawan', 'arsiparis'],
    bidang: [{ nama: 'Bidang Perpustakaan' }, { nama: 'Bidang Kearsipan' }],
  },
  {
    kode: 'DISKAN', nama: 'Dinas Perikanan', singkatan: 'Diskan', jenis: 'DINAS', skala: 1, jf: ['penyuluhPerikanan', 'pengawasPerikanan'],
    bidang: [{ nama: 'Bidang Perikanan Tangkap' }, { nama: 'Bidang Perikanan Budidaya' }, { nama: 'Bidang Pengolahan dan Pemasaran Hasil Perikanan' }],
  },
  {
    kode: 'BAPPERIDA', nama: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', singkatan: 'BAPPERIDA', jenis: 'BADAN', skala: 1,
    jf: ['perencana', 'analisKebijakan'],
    bidang: [
      { nama: 'Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan' },
      { nama: 'Bidang Pemerintahan dan Pembangunan Manusia' },
      { nama: 'Bidang Perekonomian, Infrastruktur dan Kewilayahan' },
      { nama: 'Bidang Riset dan Inovasi Daerah' },
    ],
  },
  {
    kode: 'BPKAD', nama: 'Badan Pengelolaan Keuangan dan Aset Daerah', singkatan: 'BPKAD', jenis: 'BADAN', skala: 1.3,
    jf: ['analisKeuangan', 'penataLaksanaBarang', 'pranataKomputer'],
    bidang: [{ nama: 'Bidang Anggaran' }, { nama: 'Bidang Perbendaharaan' }, { nama: 'Bidang Akuntansi' }, { nama: 'Bidang Pengelolaan Aset Daerah' }],
  },
  {
    kode: 'BAPENDA', nama: 'Badan Pendapatan Daerah', singkatan: 'BAPENDA', jenis: 'BADAN', skala: 1.1, jf: ['analisKeuangan', 'pranataKomputer'],
    bidang: [
      { nama: 'Bidang Pendataan dan Penetapan' },
      { nama: 'Bidang Penagihan dan Keberatan' },
      { nama: 'Bidang Pajak Bumi dan Bangunan serta Bea Perolehan Hak atas Tanah dan Bangunan' },
    ],
  },
  {
    kode: 'BKPSDM', nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', singkatan: 'BKPSDM', jenis: 'BADAN', skala: 1,
    jf: ['analisSdm', 'asesorSdm', 'pranataKomputer'],
    bidang: [
      { nama: 'Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian' },
      { nama: 'Bidang Mutasi dan Promosi' },
      { nama: 'Bidang Pengembangan Kompetensi Aparatur' },
      { nama: 'Bidang Penilaian Kinerja Aparatur dan Penghargaan' },
    ],
  },
  {
    kode: 'KESBANGPOL', nama: 'Badan Kesatuan Bangsa dan Politik', singkatan: 'Kesbangpol', jenis: 'BADAN', skala: 0.7, jf: ['analisKebijakan'],
    bidang: [{ nama: 'Bidang Ideologi, Wawasan Kebangsaan dan Politik Dalam Negeri' }, { nama: 'Bidang Ketahanan Ekonomi, Sosial, Budaya dan Organisasi Kemasyarakatan' }],
  },
  {
    kode: 'BPBD', nama: 'Badan Penanggulangan Bencana Daerah', singkatan: 'BPBD', jenis: 'BADAN', kepala: 'Kepala Pelaksana Badan Penanggulangan Bencana Daerah',
    skala: 0.9, jf: ['penataBencana'],
    bidang: [{ nama: 'Bidang Pencegahan dan Kesiapsiagaan' }, { nama: 'Bidang Kedaruratan dan Logistik' }, { nama: 'Bidang Rehabilitasi dan Rekonstruksi' }],
  },
  {
    kode: 'RSUD', nama: 'Rumah Sakit Umum Daerah Dr. Tengku Mansyur', singkatan: 'RSUD Dr. Tengku Mansyur', jenis: 'RSUD',
    kepala: 'Direktur Rumah Sakit Umum Daerah Dr. Tengku Mansyur', skala: 1.6, isUnitLayanan: true, jf: ['perekamMedis'],
    pelaksana: ['Operator Layanan Kesehatan', 'Pengadministrasi Perkantoran', 'Pengelola Layanan Operasional', 'Teknisi Sarana dan Prasarana'],
    sekretariat: { nama: 'Bagian Tata Usaha', kepala: 'Kepala Bagian Tata Usaha', subbag: ['Kepala Subbagian Umum dan Kepegawaian', 'Kepala Subbagian Keuangan', 'Kepala Subbagian Perencanaan dan Rekam Medis'] },
    bidang: [
      {
        nama: 'Bidang Pelayanan Medik', seksi: ['Kepala Seksi Pelayanan Medik', 'Kepala Seksi Penunjang Medik'],
        jf: [['dokterSpesialis', 22], ['dokter', 16], ['dokterGigi', 3], ['apoteker', 8], ['asistenApoteker', 12], ['pranataLab', 14], ['radiografer', 8]],
      },
      {
        nama: 'Bidang Keperawatan', seksi: ['Kepala Seksi Asuhan Keperawatan', 'Kepala Seksi Etika dan Mutu Keperawatan'],
        jf: [['perawat', 170], ['bidan', 38]],
      },
      {
        nama: 'Bidang Penunjang Nonmedik', seksi: ['Kepala Seksi Sarana dan Prasarana', 'Kepala Seksi Gizi dan Instalasi Penunjang'],
        jf: [['nutrisionis', 8], ['perekamMedis', 12], ['sanitarian', 4]],
      },
    ],
  },
];

/** Kecamatan structure (kinerja.md §5.5: Camat = administrator; Lurah = pengawas). */
export const KECAMATAN = {
  camat: 'Camat',
  sekcam: 'Sekretaris Kecamatan',
  subbag: ['Kepala Subbagian Umum dan Kepegawaian', 'Kepala Subbagian Perencanaan dan Keuangan'],
  seksi: ['Kepala Seksi Pemerintahan', 'Kepala Seksi Ketenteraman dan Ketertiban Umum', 'Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial', 'Kepala Seksi Pelayanan Umum'],
  pelaksana: ['Pengadministrasi Perkantoran', 'Operator Layanan Operasional', 'Pengolah Data dan Informasi'],
};
export const KELURAHAN = {
  lurah: 'Lurah',
  seklur: 'Sekretaris Kelurahan',
  seksi: ['Kepala Seksi Pemerintahan dan Ketenteraman', 'Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial'],
  pelaksana: ['Pengadministrasi Perkantoran', 'Operator Layanan Operasional'],
};
