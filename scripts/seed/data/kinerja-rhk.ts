/**
 * Texts of the kinerja demo (scripts/seed/kinerja.ts): Rencana Hasil Kerja (RHK) with their indikator kinerja
 * individu and targets, as Tanjungbalai's SKPs would word them (kinerja.md §1.2: "12 Dokumen", "100 %",
 * "12 Bulan"; JPT indikator carry a perspektif). Pure data and small builders; no PRNG here — the seed picks.
 *
 * The cascade follows the PK chain of kinerja.md §1.2: RPJMD → the Sekda's SKP (from the city goals; the Wali
 * Kota is not a pegawai, so `sumberPk` names the source) → each kepala OPD (Perjanjian Kinerja) → administrator →
 * pengawas → pelaksana / JF. Every RHK carries a `tema` so a subordinate can pick the atasan RHK its own RHK
 * intervenes in.
 */
export type Aspek = 'kuantitas' | 'kualitas' | 'waktu' | 'biaya';
export type Perspektif = 'penerima_layanan' | 'penguatan_internal' | 'anggaran' | 'proses_bisnis';
/** What an RHK is about, for matching a subordinate's RHK to the atasan RHK it intervenes in. */
export type Tema = 'layanan' | 'inti' | 'akuntabilitas' | 'anggaran';

export type IndikatorDef = {
  aspek: Aspek; uraian: string;
  /** Annual target (kuantitatif); counts are per year, rates per period. */
  target?: number; satuan?: string;
  /** Narrative target (kualitatif). */
  narasi?: string;
  perspektif?: Perspektif;
};
export type RhkDef = { tema: Tema; uraian: string; indikator: IndikatorDef[]; sumberPk?: string };

const ind = (aspek: Aspek, uraian: string, target: number, satuan: string, perspektif?: Perspektif): IndikatorDef => ({ aspek, uraian, target, satuan, perspektif });

/** The Sekda's RHK from the RPJMD / Perjanjian Kinerja of the city (JPT: perspektif on every indikator). */
export const RHK_SEKDA: readonly RhkDef[] = [
  {
    tema: 'layanan', uraian: 'Meningkatnya kualitas pelayanan publik Pemerintah Kota Tanjungbalai',
    sumberPk: 'RPJMD Kota Tanjungbalai 2025–2029, Misi 2: pelayanan publik yang prima; IKU Indeks Kepuasan Masyarakat',
    indikator: [
      ind('kualitas', 'Indeks Kepuasan Masyarakat (IKM) Kota Tanjungbalai', 82, 'Nilai IKM', 'penerima_layanan'),
      ind('kualitas', 'Persentase perangkat daerah penyelenggara layanan dengan IKM kategori Baik', 90, '%', 'penerima_layanan'),
    ],
  },
  {
    tema: 'inti', uraian: 'Meningkatnya efektivitas koordinasi perencanaan dan pelaksanaan pembangunan daerah',
    sumberPk: 'Perjanjian Kinerja Sekretaris Daerah 2026, sasaran 1; RPJMD Misi 1',
    indikator: [
      ind('kuantitas', 'Persentase capaian target indikator kinerja utama (IKU) daerah', 90, '%', 'proses_bisnis'),
      ind('waktu', 'Persentase program prioritas daerah yang selesai sesuai jadwal', 85, '%', 'proses_bisnis'),
    ],
  },
  {
    tema: 'akuntabilitas', uraian: 'Meningkatnya akuntabilitas kinerja dan kualitas tata kelola pemerintahan daerah',
    sumberPk: 'Perjanjian Kinerja Sekretaris Daerah 2026, sasaran 2; IKU Nilai SAKIP dan Indeks Reformasi Birokrasi',
    indikator: [
      ind('kualitas', 'Nilai SAKIP Pemerintah Kota Tanjungbalai', 70, 'Nilai', 'penguatan_internal'),
      ind('kualitas', 'Indeks Reformasi Birokrasi Kota Tanjungbalai', 68, 'Nilai', 'penguatan_internal'),
      ind('kualitas', 'Indeks Profesionalitas ASN', 72, 'Nilai', 'penguatan_internal'),
    ],
  },
  {
    tema: 'anggaran', uraian: 'Meningkatnya kualitas pengelolaan keuangan dan aset daerah',
    sumberPk: 'RPJMD Kota Tanjungbalai 2025–2029, sasaran opini WTP atas LKPD',
    indikator: [
      ind('kuantitas', 'Persentase realisasi belanja daerah', 95, '%', 'anggaran'),
      ind('kualitas', 'Persentase rekomendasi BPK yang ditindaklanjuti tuntas', 100, '%', 'anggaran'),
    ],
  },
];

/** The main outcome of each OPD (its Perjanjian Kinerja), keyed by the OPD code of data/opd.ts. */
export const INTI_OPD: Readonly<Record<string, { uraian: string; indikator: IndikatorDef[] }>> = {
  SETWAN: { uraian: 'Meningkatnya kualitas fasilitasi fungsi legislasi, anggaran dan pengawasan DPRD', indikator: [ind('kuantitas', 'Jumlah rancangan peraturan daerah yang difasilitasi pembahasannya', 8, 'Ranperda', 'proses_bisnis'), ind('waktu', 'Persentase agenda persidangan DPRD yang terlaksana sesuai jadwal', 95, '%', 'proses_bisnis')] },
  INSPEKTORAT: { uraian: 'Meningkatnya kualitas pengawasan penyelenggaraan pemerintahan daerah', indikator: [ind('kuantitas', 'Jumlah laporan hasil pemeriksaan yang diterbitkan', 40, 'LHP', 'proses_bisnis'), ind('kualitas', 'Level kapabilitas APIP', 3, 'Level', 'penguatan_internal')] },
  DISDIK: { uraian: 'Meningkatnya akses dan mutu pendidikan dasar', indikator: [ind('kuantitas', 'Angka partisipasi murni SD/MI', 98, '%', 'penerima_layanan'), ind('kualitas', 'Persentase satuan pendidikan dasar terakreditasi minimal B', 90, '%', 'penerima_layanan')] },
  DINKES: { uraian: 'Meningkatnya derajat kesehatan masyarakat', indikator: [ind('kualitas', 'Prevalensi stunting pada balita (paling tinggi)', 14, '%', 'penerima_layanan'), ind('kuantitas', 'Persentase puskesmas terakreditasi paripurna', 60, '%', 'proses_bisnis')] },
  PUPR: { uraian: 'Meningkatnya kualitas infrastruktur jalan dan sumber daya air', indikator: [ind('kuantitas', 'Persentase panjang jalan kota dalam kondisi mantap', 85, '%', 'penerima_layanan'), ind('kuantitas', 'Luas kawasan yang bebas genangan', 120, 'Hektare', 'penerima_layanan')] },
  PERKIM: { uraian: 'Berkurangnya luas kawasan permukiman kumuh', indikator: [ind('kuantitas', 'Luas kawasan kumuh yang ditangani', 12, 'Hektare', 'penerima_layanan'), ind('kuantitas', 'Jumlah rumah tidak layak huni yang diperbaiki', 150, 'Unit', 'penerima_layanan')] },
  SATPOLPP: { uraian: 'Meningkatnya ketenteraman, ketertiban umum dan perlindungan masyarakat', indikator: [ind('kuantitas', 'Persentase penegakan peraturan daerah yang tuntas', 90, '%', 'penerima_layanan'), ind('waktu', 'Waktu tanggap penanganan kebakaran (paling lama)', 15, 'Menit', 'penerima_layanan')] },
  DINSOS: { uraian: 'Meningkatnya perlindungan dan jaminan sosial bagi penyandang masalah kesejahteraan sosial', indikator: [ind('kuantitas', 'Persentase PPKS yang memperoleh bantuan sosial', 85, '%', 'penerima_layanan'), ind('kuantitas', 'Jumlah data terpadu kesejahteraan sosial yang dimutakhirkan', 12, 'Laporan', 'proses_bisnis')] },
  DISNAKER: { uraian: 'Meningkatnya penempatan dan perlindungan tenaga kerja', indikator: [ind('kuantitas', 'Jumlah pencari kerja yang ditempatkan', 600, 'Orang', 'penerima_layanan'), ind('kuantitas', 'Persentase perselisihan hubungan industrial yang diselesaikan', 90, '%', 'penerima_layanan')] },
  DP3AP2KB: { uraian: 'Meningkatnya perlindungan perempuan dan anak serta kualitas keluarga', indikator: [ind('kuantitas', 'Persentase kasus kekerasan terhadap perempuan dan anak yang ditangani', 100, '%', 'penerima_layanan'), ind('kuantitas', 'Persentase peserta KB aktif', 72, '%', 'penerima_layanan')] },
  DKPP: { uraian: 'Meningkatnya ketahanan pangan dan produksi pertanian', indikator: [ind('kualitas', 'Skor Pola Pangan Harapan', 88, 'Skor', 'penerima_layanan'), ind('kuantitas', 'Jumlah hewan ternak yang divaksinasi', 3000, 'Ekor', 'proses_bisnis')] },
  DLH: { uraian: 'Meningkatnya kualitas lingkungan hidup dan pengelolaan sampah', indikator: [ind('kualitas', 'Indeks Kualitas Lingkungan Hidup', 62, 'Nilai', 'penerima_layanan'), ind('kuantitas', 'Persentase sampah yang tertangani', 80, '%', 'penerima_layanan')] },
  DISDUKCAPIL: { uraian: 'Meningkatnya kepemilikan dokumen kependudukan dan pencatatan sipil', indikator: [ind('kuantitas', 'Persentase penduduk wajib KTP yang memiliki KTP-el', 98, '%', 'penerima_layanan'), ind('kuantitas', 'Persentase anak yang memiliki akta kelahiran', 96, '%', 'penerima_layanan')] },
  DPM: { uraian: 'Meningkatnya keberdayaan masyarakat dan lembaga kemasyarakatan kelurahan', indikator: [ind('kuantitas', 'Jumlah lembaga kemasyarakatan kelurahan yang dibina', 31, 'Lembaga', 'penerima_layanan'), ind('kuantitas', 'Persentase usulan musrenbang kelurahan yang terealisasi', 60, '%', 'proses_bisnis')] },
  DISHUB: { uraian: 'Meningkatnya keselamatan dan kelancaran lalu lintas angkutan jalan', indikator: [ind('kuantitas', 'Jumlah kendaraan wajib uji yang lulus uji berkala', 2400, 'Kendaraan', 'penerima_layanan'), ind('kuantitas', 'Persentase simpang jalan dengan perlengkapan jalan memadai', 75, '%', 'penerima_layanan')] },
  DISKOMINFO: { uraian: 'Meningkatnya penyelenggaraan pemerintahan berbasis elektronik', indikator: [ind('kualitas', 'Indeks SPBE Kota Tanjungbalai', 3.1, 'Indeks', 'proses_bisnis'), ind('kuantitas', 'Persentase perangkat daerah yang terhubung jaringan intra pemerintah', 100, '%', 'proses_bisnis')] },
  DISKOPERINDAG: { uraian: 'Meningkatnya daya saing koperasi, UMKM, perdagangan dan industri', indikator: [ind('kuantitas', 'Jumlah UMKM yang naik kelas', 80, 'Unit Usaha', 'penerima_layanan'), ind('kualitas', 'Persentase koperasi sehat', 45, '%', 'penerima_layanan')] },
  DPMPTSP: { uraian: 'Meningkatnya kemudahan berusaha dan realisasi investasi', indikator: [ind('kuantitas', 'Nilai realisasi investasi', 450, 'Miliar Rupiah', 'penerima_layanan'), ind('kuantitas', 'Jumlah NIB yang diterbitkan melalui OSS', 1800, 'NIB', 'penerima_layanan')] },
  DISPORAPAR: { uraian: 'Meningkatnya prestasi olahraga dan kunjungan wisata', indikator: [ind('kuantitas', 'Jumlah kunjungan wisatawan', 85000, 'Orang', 'penerima_layanan'), ind('kuantitas', 'Jumlah medali pada kejuaraan tingkat provinsi', 25, 'Medali', 'penerima_layanan')] },
  DISPUSIP: { uraian: 'Meningkatnya budaya gemar membaca dan tertib arsip', indikator: [ind('kualitas', 'Nilai tingkat kegemaran membaca masyarakat', 62, 'Nilai', 'penerima_layanan'), ind('kualitas', 'Nilai hasil pengawasan kearsipan internal', 75, 'Nilai', 'proses_bisnis')] },
  DISKAN: { uraian: 'Meningkatnya produksi dan nilai tambah perikanan', indikator: [ind('kuantitas', 'Produksi perikanan tangkap', 21000, 'Ton', 'penerima_layanan'), ind('kuantitas', 'Jumlah nelayan yang menerima sarana tangkap', 250, 'Orang', 'penerima_layanan')] },
  BAPPERIDA: { uraian: 'Meningkatnya kualitas perencanaan pembangunan dan inovasi daerah', indikator: [ind('kualitas', 'Persentase keselarasan program RKPD dengan RPJMD', 100, '%', 'proses_bisnis'), ind('kuantitas', 'Jumlah inovasi daerah yang dilaporkan ke Indeks Inovasi Daerah', 60, 'Inovasi', 'proses_bisnis')] },
  BPKAD: { uraian: 'Meningkatnya kualitas pengelolaan keuangan dan aset daerah', indikator: [ind('kualitas', 'Opini BPK atas LKPD (WTP = 1)', 1, 'Opini WTP', 'anggaran'), ind('kuantitas', 'Persentase aset daerah yang bersertifikat', 70, '%', 'anggaran')] },
  BAPENDA: { uraian: 'Meningkatnya pendapatan asli daerah', indikator: [ind('kuantitas', 'Realisasi pajak daerah', 68, 'Miliar Rupiah', 'anggaran'), ind('kuantitas', 'Persentase tunggakan PBB-P2 yang tertagih', 35, '%', 'anggaran')] },
  BKPSDM: { uraian: 'Meningkatnya profesionalitas dan kualitas manajemen ASN', indikator: [ind('kualitas', 'Indeks Profesionalitas ASN', 72, 'Nilai', 'penguatan_internal'), ind('kualitas', 'Indeks Sistem Merit', 0.7, 'Indeks', 'penguatan_internal')] },
  KESBANGPOL: { uraian: 'Meningkatnya wawasan kebangsaan dan kondusivitas politik daerah', indikator: [ind('kuantitas', 'Jumlah peserta pendidikan wawasan kebangsaan', 600, 'Orang', 'penerima_layanan'), ind('kuantitas', 'Persentase potensi konflik sosial yang tertangani', 100, '%', 'penerima_layanan')] },
  BPBD: { uraian: 'Meningkatnya ketangguhan masyarakat menghadapi bencana', indikator: [ind('kuantitas', 'Jumlah kelurahan tangguh bencana', 8, 'Kelurahan', 'penerima_layanan'), ind('waktu', 'Waktu tanggap darurat bencana (paling lama)', 6, 'Jam', 'penerima_layanan')] },
  RSUD: { uraian: 'Meningkatnya mutu pelayanan kesehatan rujukan', indikator: [ind('kuantitas', 'Bed occupancy rate (BOR)', 75, '%', 'penerima_layanan'), ind('kualitas', 'Persentase pemenuhan indikator nasional mutu rumah sakit', 90, '%', 'proses_bisnis')] },
};

/** RHK of an Asisten Sekda (JPT), by the start of the Asisten's jabatan name. */
export const INTI_ASISTEN: ReadonlyArray<{ awalan: string; uraian: string; indikator: IndikatorDef[] }> = [
  { awalan: 'Asisten Pemerintahan', uraian: 'Terkoordinasinya penyelenggaraan pemerintahan, hukum dan kesejahteraan rakyat', indikator: [ind('kuantitas', 'Persentase produk hukum daerah yang ditetapkan tepat waktu', 90, '%', 'proses_bisnis'), ind('kualitas', 'Nilai evaluasi kinerja penyelenggaraan pemerintahan daerah (EKPPD)', 3, 'Nilai', 'proses_bisnis')] },
  { awalan: 'Asisten Perekonomian', uraian: 'Terkoordinasinya kebijakan perekonomian, pembangunan dan pengadaan barang/jasa', indikator: [ind('kuantitas', 'Persentase paket pengadaan yang selesai tender tepat waktu', 90, '%', 'proses_bisnis'), ind('kuantitas', 'Persentase realisasi fisik program strategis daerah', 85, '%', 'anggaran')] },
  { awalan: 'Asisten Administrasi', uraian: 'Terkoordinasinya administrasi umum, organisasi dan komunikasi pimpinan', indikator: [ind('kualitas', 'Nilai evaluasi kelembagaan perangkat daerah', 75, 'Nilai', 'penguatan_internal'), ind('kuantitas', 'Persentase agenda pimpinan yang terlayani', 100, '%', 'penerima_layanan')] },
];

/** What a hasil kerja is, for the wording of its kualitas indikator. */
export type Mutu = 'dokumen' | 'layanan' | 'kegiatan';

/**
 * Indikator triplet of kinerja.md §1.2 (Kuantitas "Jumlah …", Kualitas "Persentase …", Waktu "… 12 Bulan" or an
 * average in days), e.g. `tigaIndikator('modul ajar', 'tersusun', 'Dokumen', 8)`.
 */
export function tigaIndikator(benda: string, kerja: string | null, satuan: string, jumlah: number, mutu: Mutu = 'dokumen', waktu: 'bulan' | 'hari' = 'bulan'): IndikatorDef[] {
  const kualitas = { dokumen: 'yang diterima tanpa revisi', layanan: 'yang diselesaikan sesuai SOP', kegiatan: 'yang mencapai sasaran' }[mutu];
  return [
    ind('kuantitas', `Jumlah ${benda}${kerja ? ` yang ${kerja}` : ''}`, jumlah, satuan),
    ind('kualitas', `Persentase ${benda} ${kualitas}`, 100, '%'),
    waktu === 'bulan'
      ? ind('waktu', `Ketepatan waktu ${mutu === 'kegiatan' ? 'pelaksanaan' : 'penyelesaian'} ${benda}`, 12, 'Bulan')
      : ind('waktu', `Rata-rata waktu penyelesaian ${benda}`, 3, 'Hari'),
  ];
}

/** Kepala OPD RHK beside the OPD's main outcome (JPT; `opd` = singkatan). */
export function rhkKepalaOpd(opd: string): RhkDef[] {
  return [
    {
      tema: 'layanan', uraian: `Meningkatnya kualitas pelayanan ${opd} kepada masyarakat`,
      indikator: [ind('kualitas', `Nilai IKM layanan ${opd}`, 82, 'Nilai IKM', 'penerima_layanan'), ind('waktu', 'Persentase pengaduan masyarakat yang ditindaklanjuti', 100, '%', 'penerima_layanan')],
    },
    {
      tema: 'akuntabilitas', uraian: `Meningkatnya akuntabilitas kinerja ${opd}`,
      indikator: [ind('kualitas', `Nilai SAKIP ${opd}`, 72, 'Nilai', 'penguatan_internal'), ind('kuantitas', 'Persentase rekomendasi hasil pengawasan yang ditindaklanjuti', 100, '%', 'penguatan_internal')],
    },
    {
      tema: 'anggaran', uraian: `Terkelolanya anggaran ${opd} secara efektif dan akuntabel`,
      indikator: [ind('kuantitas', 'Persentase realisasi anggaran', 95, '%', 'anggaran'), ind('waktu', 'Ketepatan waktu penyampaian laporan keuangan', 12, 'Bulan', 'anggaran')],
    },
  ];
}

/** Administrator (kabid, sekretaris, kabag, camat, sekcam) RHK by tema; `unit` = the unit's name. */
export function rhkAdministrator(tema: Tema, unit: string, sekretariat: boolean): RhkDef {
  switch (tema) {
    case 'layanan':
      return sekretariat
        ? { tema, uraian: `Terselenggaranya layanan administrasi umum dan kepegawaian ${unit}`, indikator: [ind('kualitas', 'Persentase layanan administrasi kepegawaian yang selesai sesuai SOP', 95, '%'), ind('kuantitas', 'Jumlah usulan layanan kepegawaian yang diproses', 120, 'Usulan'), ind('waktu', 'Ketepatan waktu layanan administrasi', 12, 'Bulan')] }
        : { tema, uraian: `Meningkatnya kualitas pelayanan pada ${unit}`, indikator: [ind('kualitas', 'Persentase pengaduan layanan yang ditindaklanjuti', 100, '%'), ind('kuantitas', 'Jumlah perbaikan atau inovasi layanan yang diterapkan', 2, 'Inovasi'), ind('waktu', 'Persentase layanan yang diselesaikan sesuai standar waktu', 90, '%')] };
    case 'inti':
      return sekretariat
        ? { tema, uraian: `Terkoordinasinya pelaksanaan program dan kegiatan ${unit}`, indikator: [ind('kuantitas', 'Jumlah rapat koordinasi program yang dilaksanakan', 12, 'Kegiatan'), ind('kualitas', 'Persentase capaian indikator program', 100, '%'), ind('waktu', 'Ketepatan waktu pelaksanaan koordinasi', 12, 'Bulan')] }
        : { tema, uraian: `Tercapainya target program ${unit}`, indikator: [ind('kuantitas', `Jumlah kegiatan ${unit} yang terlaksana`, 24, 'Kegiatan'), ind('kualitas', 'Persentase capaian indikator kinerja program', 100, '%'), ind('waktu', 'Ketepatan waktu pelaksanaan kegiatan', 12, 'Bulan')] };
    case 'akuntabilitas':
      return { tema, uraian: `Tersusunnya dokumen perencanaan dan laporan kinerja ${unit}`, indikator: tigaIndikator('dokumen perencanaan dan laporan kinerja', 'tersusun', 'Dokumen', 6) };
    case 'anggaran':
      return { tema, uraian: `Terkendalinya realisasi anggaran kegiatan ${unit}`, indikator: [ind('kuantitas', 'Persentase realisasi anggaran kegiatan', 95, '%'), ind('kualitas', 'Persentase SPJ yang lengkap dan sah', 100, '%'), ind('waktu', 'Ketepatan waktu penyampaian SPJ', 12, 'Bulan')] };
  }
}

/** Pengawas (kasi, kasubbag, lurah, kepala puskesmas) RHK by tema; `bagian` = "Seksi …", "Kelurahan …". */
export function rhkPengawas(tema: Tema, bagian: string): RhkDef {
  switch (tema) {
    case 'layanan':
      return { tema, uraian: `Terlayaninya masyarakat pada urusan ${bagian} sesuai standar pelayanan`, indikator: [ind('kuantitas', 'Jumlah layanan yang diselesaikan', 240, 'Layanan'), ind('kualitas', 'Persentase layanan tanpa keluhan', 95, '%'), ind('waktu', 'Rata-rata waktu penyelesaian layanan', 3, 'Hari')] };
    case 'inti':
      return { tema, uraian: `Terlaksananya kegiatan ${bagian} sesuai rencana kerja`, indikator: tigaIndikator(`kegiatan ${bagian}`, 'terlaksana', 'Kegiatan', 12, 'kegiatan') };
    case 'akuntabilitas':
      return { tema, uraian: `Tersusunnya laporan pelaksanaan kegiatan ${bagian}`, indikator: tigaIndikator('laporan kegiatan', 'tersusun', 'Laporan', 12) };
    case 'anggaran':
      return { tema, uraian: `Tertibnya administrasi keuangan kegiatan ${bagian}`, indikator: [ind('kuantitas', 'Jumlah dokumen pertanggungjawaban keuangan yang tersusun', 12, 'Dokumen'), ind('kualitas', 'Persentase dokumen pertanggungjawaban tanpa koreksi', 100, '%')] };
  }
}

/** Pelaksana RHK by jabatan name (PermenPANRB 45/2022 names); `unit` for context. */
export function rhkPelaksana(jabatan: string, unit: string): RhkDef[] {
  switch (jabatan) {
    case 'Pengadministrasi Perkantoran':
      return [
        { tema: 'layanan', uraian: `Terkelolanya administrasi persuratan ${unit}`, indikator: tigaIndikator('surat masuk dan keluar', 'diagendakan', 'Surat', 600, 'layanan', 'hari') },
        { tema: 'akuntabilitas', uraian: 'Tertatanya arsip dinamis unit kerja', indikator: tigaIndikator('berkas arsip', 'ditata', 'Berkas', 240) },
        { tema: 'anggaran', uraian: 'Tersusunnya dokumen administrasi perjalanan dinas dan kegiatan', indikator: tigaIndikator('dokumen administrasi kegiatan', 'tersusun', 'Dokumen', 48) },
      ];
    case 'Operator Layanan Operasional':
      return [
        { tema: 'layanan', uraian: `Terlaksananya dukungan operasional layanan ${unit}`, indikator: tigaIndikator('permintaan layanan', 'ditangani', 'Permintaan', 480, 'layanan', 'hari') },
        { tema: 'inti', uraian: 'Terinputnya data kegiatan ke dalam aplikasi', indikator: tigaIndikator('data kegiatan', 'diinput', 'Data', 1200, 'layanan') },
      ];
    case 'Pengolah Data dan Informasi':
      return [
        { tema: 'inti', uraian: `Tersedianya data dan informasi ${unit} yang mutakhir`, indikator: tigaIndikator('rekapitulasi data', 'dimutakhirkan', 'Rekap', 24) },
        { tema: 'akuntabilitas', uraian: 'Tersusunnya bahan laporan kinerja berbasis data', indikator: tigaIndikator('bahan laporan', 'tersusun', 'Dokumen', 12) },
      ];
    case 'Pengelola Layanan Operasional':
      return [
        { tema: 'layanan', uraian: 'Terkelolanya sarana dan layanan operasional kantor', indikator: tigaIndikator('laporan pemeliharaan sarana kantor', null, 'Laporan', 12) },
        { tema: 'anggaran', uraian: 'Terkelolanya persediaan barang habis pakai', indikator: tigaIndikator('laporan persediaan barang', null, 'Laporan', 12) },
      ];
    case 'Penata Layanan Operasional':
      return [
        { tema: 'inti', uraian: `Tersusunnya bahan pelaksanaan kegiatan ${unit}`, indikator: tigaIndikator('bahan kegiatan', 'tersusun', 'Dokumen', 24) },
        { tema: 'layanan', uraian: 'Terlaksananya verifikasi berkas layanan', indikator: tigaIndikator('berkas permohonan', 'diverifikasi', 'Berkas', 360, 'layanan', 'hari') },
      ];
    case 'Penelaah Teknis Kebijakan':
      return [
        { tema: 'inti', uraian: 'Tersusunnya telaahan teknis kebijakan bagi pimpinan', indikator: tigaIndikator('telaahan teknis', 'tersusun', 'Telaahan', 12) },
        { tema: 'akuntabilitas', uraian: 'Tersusunnya bahan evaluasi pelaksanaan kebijakan', indikator: tigaIndikator('bahan evaluasi', 'tersusun', 'Dokumen', 4) },
      ];
    case 'Teknisi Sarana dan Prasarana':
      return [{ tema: 'layanan', uraian: 'Terpeliharanya sarana dan prasarana gedung', indikator: tigaIndikator('pekerjaan pemeliharaan', 'diselesaikan', 'Pekerjaan', 96, 'layanan', 'hari') }];
    case 'Operator Layanan Kesehatan':
      return [{ tema: 'layanan', uraian: 'Terlaksananya pendaftaran dan administrasi pasien', indikator: tigaIndikator('pasien', 'didaftarkan', 'Pasien', 3600, 'layanan', 'hari') }];
    default:
      return [
        { tema: 'inti', uraian: `Terlaksananya tugas operasional ${unit}`, indikator: tigaIndikator('tugas operasional', 'diselesaikan', 'Tugas', 120, 'layanan') },
        { tema: 'akuntabilitas', uraian: 'Tersusunnya laporan pelaksanaan tugas', indikator: tigaIndikator('laporan pelaksanaan tugas', null, 'Laporan', 12) },
      ];
  }
}

/** JF RHK by the jabatan fungsional's base name (jenjang stripped). */
const JF: Readonly<Record<string, RhkDef[]>> = {
  Guru: [
    { tema: 'layanan', uraian: 'Terlaksananya pembelajaran yang berpusat pada murid', indikator: [ind('kuantitas', 'Jumlah jam tatap muka yang terlaksana', 864, 'Jam Pelajaran'), ind('kualitas', 'Persentase murid yang mencapai kriteria ketercapaian tujuan pembelajaran', 85, '%'), ind('waktu', 'Ketepatan waktu pelaksanaan pembelajaran', 12, 'Bulan')] },
    { tema: 'inti', uraian: 'Tersusunnya perangkat ajar dan asesmen', indikator: tigaIndikator('modul ajar dan asesmen', 'tersusun', 'Dokumen', 8) },
  ],
  'Analis Kebijakan': [
    { tema: 'inti', uraian: 'Tersusunnya rekomendasi kebijakan bagi pimpinan', indikator: tigaIndikator('policy brief', 'disampaikan', 'Dokumen', 4) },
    { tema: 'akuntabilitas', uraian: 'Terlaksananya analisis dan evaluasi pelaksanaan kebijakan', indikator: tigaIndikator('kajian evaluasi kebijakan', null, 'Kajian', 2) },
  ],
  Bidan: [
    { tema: 'layanan', uraian: 'Terlaksananya asuhan kebidanan ibu hamil, bersalin dan nifas', indikator: [ind('kuantitas', 'Jumlah pasien yang mendapat asuhan kebidanan', 480, 'Pasien'), ind('kualitas', 'Persentase asuhan sesuai standar pelayanan kebidanan', 100, '%'), ind('waktu', 'Ketepatan waktu pencatatan rekam asuhan', 12, 'Bulan')] },
    { tema: 'inti', uraian: 'Terlaksananya penyuluhan kesehatan ibu dan anak', indikator: tigaIndikator('kegiatan penyuluhan', 'terlaksana', 'Kegiatan', 24, 'kegiatan') },
  ],
  Perawat: [
    { tema: 'layanan', uraian: 'Terlaksananya asuhan keperawatan pasien sesuai standar', indikator: [ind('kuantitas', 'Jumlah pasien yang mendapat asuhan keperawatan', 720, 'Pasien'), ind('kualitas', 'Persentase dokumentasi asuhan keperawatan yang lengkap', 100, '%'), ind('waktu', 'Ketepatan waktu serah terima pasien antarshift', 12, 'Bulan')] },
    { tema: 'inti', uraian: 'Terlaksananya upaya pencegahan infeksi di ruang rawat', indikator: tigaIndikator('audit kepatuhan kebersihan tangan', null, 'Audit', 12, 'kegiatan') },
  ],
  Dokter: [
    { tema: 'layanan', uraian: 'Terlaksananya pelayanan medis kepada pasien', indikator: [ind('kuantitas', 'Jumlah pasien yang dilayani', 2400, 'Pasien'), ind('kualitas', 'Persentase rekam medis yang diisi lengkap', 100, '%'), ind('waktu', 'Waktu tunggu pelayanan rawat jalan (paling lama)', 60, 'Menit')] },
  ],
  'Pranata Komputer': [
    { tema: 'inti', uraian: 'Terkelolanya aplikasi dan infrastruktur teknologi informasi', indikator: tigaIndikator('laporan pemeliharaan sistem', null, 'Laporan', 12) },
    { tema: 'layanan', uraian: 'Terselesaikannya permintaan dukungan teknis pengguna', indikator: tigaIndikator('tiket dukungan teknis', 'diselesaikan', 'Tiket', 240, 'layanan', 'hari') },
  ],
  'Polisi Pamong Praja': [
    { tema: 'inti', uraian: 'Terlaksananya penertiban pelanggaran peraturan daerah', indikator: tigaIndikator('kegiatan penertiban', 'dilaksanakan', 'Kegiatan', 48, 'kegiatan') },
    { tema: 'layanan', uraian: 'Terlaksananya patroli ketenteraman dan ketertiban umum', indikator: tigaIndikator('laporan patroli', null, 'Laporan', 96) },
  ],
  'Administrator Database Kependudukan': [
    { tema: 'inti', uraian: 'Terpeliharanya database kependudukan yang akurat', indikator: tigaIndikator('laporan konsolidasi dan pembersihan data', null, 'Laporan', 12) },
    { tema: 'layanan', uraian: 'Terlayaninya permintaan hak akses data kependudukan', indikator: tigaIndikator('permintaan hak akses', 'diproses', 'Permintaan', 24, 'layanan') },
  ],
  Auditor: [{ tema: 'inti', uraian: 'Terlaksananya audit kinerja dan keuangan perangkat daerah', indikator: tigaIndikator('kertas kerja audit', 'tersusun', 'KKA', 24) }],
  'Analis Keuangan Pusat dan Daerah': [{ tema: 'anggaran', uraian: 'Tersusunnya analisis pelaksanaan anggaran daerah', indikator: tigaIndikator('laporan analisis keuangan', null, 'Laporan', 12) }],
  'Perekam Medis': [{ tema: 'layanan', uraian: 'Terkelolanya rekam medis pasien', indikator: tigaIndikator('berkas rekam medis', 'dikode dan diarsipkan', 'Berkas', 3600, 'layanan') }],
  'Penyuluh Keluarga Berencana': [{ tema: 'layanan', uraian: 'Terlaksananya penyuluhan dan pembinaan keluarga berencana', indikator: tigaIndikator('kegiatan penyuluhan KB', null, 'Kegiatan', 36, 'kegiatan') }],
  'Penyuluh Kesehatan Masyarakat': [{ tema: 'layanan', uraian: 'Terlaksananya promosi kesehatan di masyarakat', indikator: tigaIndikator('kegiatan promosi kesehatan', null, 'Kegiatan', 36, 'kegiatan') }],
  Pustakawan: [{ tema: 'layanan', uraian: 'Terlaksananya layanan perpustakaan dan literasi', indikator: tigaIndikator('kegiatan layanan literasi', null, 'Kegiatan', 24, 'kegiatan') }],
  Arsiparis: [{ tema: 'akuntabilitas', uraian: 'Terkelolanya arsip sesuai kaidah kearsipan', indikator: tigaIndikator('berkas arsip', 'dideskripsi', 'Berkas', 600) }],
  Perencana: [{ tema: 'akuntabilitas', uraian: 'Tersusunnya dokumen perencanaan pembangunan', indikator: tigaIndikator('dokumen perencanaan', 'tersusun', 'Dokumen', 6) }],
};

/** JF (jabatan fungsional) RHK: the table above, a school head's, or a generic pair. */
export function rhkFungsional(namaDasar: string, unit: string, kepalaUnit: boolean): RhkDef[] {
  if (kepalaUnit) {
    return [
      { tema: 'layanan', uraian: `Meningkatnya mutu layanan pada ${unit}`, indikator: [ind('kualitas', 'Nilai rapor mutu satuan kerja', 80, 'Nilai'), ind('kuantitas', 'Jumlah program peningkatan mutu yang terlaksana', 6, 'Program'), ind('waktu', 'Ketepatan waktu penyampaian laporan', 12, 'Bulan')] },
      { tema: 'inti', uraian: `Terkelolanya sumber daya ${unit} secara efektif`, indikator: tigaIndikator('laporan pengelolaan sumber daya', null, 'Laporan', 4) },
    ];
  }
  return JF[namaDasar] ?? [
    { tema: 'inti', uraian: `Terlaksananya kegiatan jabatan fungsional ${namaDasar} sesuai butir kegiatan`, indikator: tigaIndikator('laporan hasil kerja butir kegiatan', null, 'Laporan', 12) },
    { tema: 'layanan', uraian: `Terlaksananya layanan teknis ${namaDasar} pada ${unit}`, indikator: tigaIndikator('layanan teknis', 'diselesaikan', 'Layanan', 48, 'layanan') },
  ];
}

/** Additional assignments (RHK tambahan; no cascade). */
export const RHK_TAMBAHAN: readonly RhkDef[] = [
  { tema: 'inti', uraian: 'Terlaksananya tugas sebagai anggota Tim Penyusun LPPD Kota Tanjungbalai', indikator: [ind('kuantitas', 'Jumlah bahan LPPD yang disampaikan', 2, 'Dokumen')] },
  { tema: 'inti', uraian: 'Terlaksananya tugas sebagai anggota Panitia Peringatan Hari Jadi Kota Tanjungbalai', indikator: [ind('kuantitas', 'Jumlah kegiatan kepanitiaan yang diikuti', 4, 'Kegiatan')] },
  { tema: 'inti', uraian: 'Terlaksananya tugas sebagai anggota Tim Percepatan Penurunan Stunting', indikator: [ind('kuantitas', 'Jumlah rapat koordinasi tim yang diikuti', 6, 'Kegiatan')] },
  { tema: 'inti', uraian: 'Terlaksananya tugas sebagai pengelola konten media sosial unit kerja', indikator: [ind('kuantitas', 'Jumlah konten informasi yang diunggah', 48, 'Konten')] },
  { tema: 'inti', uraian: 'Terlaksananya tugas sebagai anggota Tim Zona Integritas', indikator: [ind('kuantitas', 'Jumlah bukti dukung pembangunan ZI yang disiapkan', 12, 'Dokumen')] },
];

/** Kualitatif targets (kinerja.md §1.2: the expectation in narrative form), appended to the indikator by aspek. */
export const NARASI_KUALITATIF: Readonly<Record<Aspek, string>> = {
  kuantitas: 'terpenuhi sesuai kebutuhan dan rencana kerja unit',
  kualitas: 'sesuai standar dan diterima atasan tanpa perbaikan substansi',
  waktu: 'terpenuhi tepat waktu setiap bulan',
  biaya: 'sesuai anggaran yang tersedia',
};

/** Umpan balik berkelanjutan of a penilai (kinerja.md §1.8), and answers of the pegawai. */
export const UMPAN_BALIK_PENILAI: readonly string[] = [
  'Capaian bulan ini sudah sesuai target. Pertahankan dan lengkapi bukti dukungnya.',
  'Realisasi masih di bawah target; mohon susun rencana percepatan untuk bulan depan.',
  'Laporan sudah baik, tetapi lampiran data pendukung belum lengkap.',
  'Terima kasih atas inisiatifnya membantu rekan di loket saat antrean padat.',
  'Perhatikan ketepatan waktu penyampaian laporan; dua kali terlambat bulan ini.',
  'Kualitas dokumen meningkat dibanding bulan lalu. Lanjutkan.',
  'Koordinasikan dengan seksi terkait agar data tidak berbeda.',
  'Bukti dukung sudah lengkap dan jelas, terima kasih.',
];
export const UMPAN_BALIK_PERILAKU: readonly string[] = [
  'Sikap pelayanan kepada warga sangat baik, beberapa warga menyampaikan apresiasi.',
  'Mohon lebih disiplin hadir tepat waktu pada apel pagi.',
  'Kerja sama dengan rekan satu tim sudah baik.',
];
export const JAWABAN_PEGAWAI: readonly string[] = [
  'Baik, Pak/Bu. Akan segera saya lengkapi.',
  'Terima kasih atas arahannya.',
  'Siap, rencana percepatan sudah saya susun dan akan saya laporkan minggu depan.',
  'Data pendukung sudah saya unggah sebagai bukti dukung.',
];
export const CATATAN_KEMBALI: readonly string[] = [
  'Indikator RHK kedua belum terukur; mohon tambahkan target kuantitas dan satuannya.',
  'RHK belum selaras dengan RHK atasan yang diintervensi; mohon diperbaiki.',
  'Target terlalu rendah dibanding capaian tahun lalu; mohon disesuaikan.',
];
/** Ekspektasi khusus pimpinan per BerAKHLAK value (kinerja.md §1.4), by the value's position 0–6. */
export const EKSPEKTASI_KHUSUS: readonly string[] = [
  'Melayani warga dengan ramah dan memberi solusi, terutama warga lanjut usia dan penyandang disabilitas.',
  'Menyampaikan laporan dan pertanggungjawaban tepat waktu tanpa diingatkan.',
  'Mengikuti minimal satu pelatihan atau webinar peningkatan kompetensi setiap triwulan.',
  'Membantu rekan kerja yang beban kerjanya tinggi tanpa diminta.',
  'Menjaga kerahasiaan data pribadi warga sesuai ketentuan.',
  'Mengusulkan perbaikan proses kerja di unit minimal satu kali dalam setahun.',
  'Aktif berkoordinasi dengan unit lain dalam penyelesaian pekerjaan lintas bidang.',
];
