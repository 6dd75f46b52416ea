import { sql } from 'drizzle-orm';
import type { StandarIsi } from '../../src/domain/layanan/standar.ts';
import { waktuWib } from '../../src/domain/shared/hari-kerja.ts';
import { queryRows, type Database, type DbOrTx } from '../../src/server/db/client.ts';
import {
  layanan, layananMaklumat, layananStandarVersi, pengaduanKategori, pengaduanPengaturan,
} from '../../src/server/modules/layanan/layanan.table.ts';

/**
 * The demo service catalogue of Kota Tanjungbalai (pelayanan.md §2): Disdukcapil's adminduk services with
 * the persyaratan of Perpres 96/2018 as applied by local standards (§2.2), a few services of other OPDs so
 * the catalogue is not Disdukcapil-only, the maklumat pelayanan of every OPD used, the complaint
 * categories (= Open311 service types, §4.1) with their default OPD, and the SP4N-LAPOR! limits (§4.2).
 *
 * Jangka waktu values are DATA (offices differ widely, pelayanan.md §0 row 3): they are plausible
 * Tanjungbalai values for the demo, to be replaced by the SK Kepala Dinas tentang Standar Pelayanan.
 * SK numbers, WhatsApp numbers and tariffs below are demo values.
 *
 * Stable codes (helper seeds, antrian, tests and bookmarks rely on them): see {@link KATALOG_DEMO} `kode`
 * and {@link KATEGORI_PENGADUAN_DEMO} `kode`.
 */

/** Where a layanan lives: the OPD by its unit kode (`OPD-<kode>`), optionally a bidang of it by name. */
type Tempat = { opd: string; bidang?: string } | { kecamatanPertama: true };

export type LayananDemo = {
  kode: string;
  nama: string;
  kategori: string;
  ringkasan: string;
  online: boolean;
  tempat: Tempat;
  /** Version 1, in force from 1 January 2026 (WIB). */
  standar: StandarIsi;
  skNomor: string;
  /** Optional version 2 from 1 July 2026: changes applied over version 1 (versioning visible in the demo). */
  versi2?: { ubah: Partial<StandarIsi>; skNomor: string };
};

/** Version 1 of every demo standard starts here; version 2 (where present) at {@link BERLAKU_V2}. */
export const BERLAKU_V1 = '2026-01-01';
export const BERLAKU_V2 = '2026-07-01';

// ------------------------------------------------------------------------------------------ adminduk

const DASAR_ADMINDUK = [
  'Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana diubah dengan Undang-Undang Nomor 24 Tahun 2013',
  'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
  'Peraturan Pemerintah Nomor 40 Tahun 2019 tentang Pelaksanaan Undang-Undang Administrasi Kependudukan',
  'Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil',
  'Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018',
  'Peraturan Menteri Dalam Negeri Nomor 109 Tahun 2019 tentang Formulir dan Buku yang Digunakan dalam Administrasi Kependudukan',
  'Peraturan Menteri Dalam Negeri Nomor 19 Tahun 2018 tentang Peningkatan Kualitas Layanan Administrasi Kependudukan',
  'Peraturan Menteri Dalam Negeri Nomor 7 Tahun 2019 tentang Pelayanan Administrasi Kependudukan secara Daring',
];

const KANAL_DUKCAPIL = [
  'SIKAP: menu Pengaduan di portal layanan (/pengaduan), dapat anonim atau dirahasiakan',
  'SP4N-LAPOR!: www.lapor.go.id atau SMS ke 1708',
  'WhatsApp Pengaduan Disdukcapil Kota Tanjungbalai: 0812-6000-1274 (nomor demo)',
  'Meja informasi dan kotak pengaduan di Kantor Disdukcapil, Senin–Jumat pada jam pelayanan',
];

const INTERNAL_DUKCAPIL = {
  sarpras: 'Ruang tunggu ber-AC dengan kursi prioritas, mesin antrian, layar panggilan, loket pelayanan, alat perekaman biometrik, printer KTP-el, jaringan SIAK terpusat, toilet dan ruang laktasi, jalur kursi roda.',
  kompetensiPelaksana: 'Memahami peraturan administrasi kependudukan dan SOP pelayanan; terampil mengoperasikan SIAK dan perangkat perekaman; mampu berkomunikasi dengan santun, termasuk kepada kelompok rentan.',
  pengawasanInternal: 'Pengawasan melekat oleh Kepala Seksi dan Kepala Bidang; pemeriksaan oleh Inspektorat Kota Tanjungbalai; evaluasi kinerja harian melalui dasbor SIKAP.',
  jumlahPelaksana: '12 orang petugas loket dan operator, 4 orang validator (Kepala Seksi).',
  jaminanPelayanan: 'Maklumat Pelayanan Disdukcapil Kota Tanjungbalai; pelayanan sesuai standar, tanpa pungutan biaya.',
  jaminanKeamanan: 'Data pribadi dilindungi sesuai UU 27/2022 dan UU 24/2013 Pasal 95A; dokumen ditandatangani secara elektronik (TTE) dan dapat diverifikasi melalui kode QR; berkas hanya dapat dibuka petugas berwenang dan pemohon.',
  evaluasiKinerja: 'Survei Kepuasan Masyarakat (PermenPANRB 14/2017) setiap triwulan; pemantauan ketepatan waktu penyelesaian per petugas dan per layanan setiap bulan.',
};

/** The Disdukcapil online pipeline (pelayanan.md §2.2 "Modern flow"): verify → SIAK → validate → TTE → deliver. */
const prosedurDukcapil = (produk: string, awal: { langkah: string; aktor: string }[] = []) => [
  { langkah: 'Pemohon mengajukan permohonan melalui SIKAP (atau di loket) dan mengunggah persyaratan', aktor: 'Pemohon' },
  ...awal,
  { langkah: 'Petugas memverifikasi kelengkapan dan keabsahan persyaratan; bila belum lengkap, pemohon diminta memperbaiki', aktor: 'Petugas verifikasi' },
  { langkah: 'Operator merekam data ke dalam SIAK', aktor: 'Operator SIAK' },
  { langkah: 'Validator memeriksa kebenaran data', aktor: 'Kepala Seksi' },
  { langkah: `${produk} ditandatangani secara elektronik (TTE)`, aktor: 'Kepala Dinas' },
  { langkah: `${produk} diunduh pemohon (cetak mandiri) atau diambil di loket`, aktor: 'Pemohon / petugas loket' },
];

const GRATIS_ADMINDUK = { biayaRupiah: 0, biayaKeterangan: 'Tidak dipungut biaya (UU 24/2013 Pasal 79A).' };

type P = StandarIsi['persyaratan'][number];
const dok = (kode: string, nama: string, jenis: P['jenis'], wajib: P['wajib'] = 'wajib', keterangan: string | null = null, unggah = true): P =>
  ({ kode, nama, jenis, wajib, keterangan, unggah });
const isian = (kode: string, nama: string, keterangan: string | null = null): P =>
  ({ kode, nama, jenis: 'isian', wajib: 'wajib', keterangan, unggah: false });

const adminduk = (o: { persyaratan: P[]; prosedur: StandarIsi['prosedur']; nilai: number; satuan: StandarIsi['jangkaWaktuSatuan']; produk: string; dasarTambahan?: string[] }): StandarIsi => ({
  persyaratan: o.persyaratan, prosedur: o.prosedur, jangkaWaktuNilai: o.nilai, jangkaWaktuSatuan: o.satuan,
  ...GRATIS_ADMINDUK, produk: o.produk, pengaduanKanal: KANAL_DUKCAPIL, dasarHukum: [...DASAR_ADMINDUK, ...(o.dasarTambahan ?? [])],
  ...INTERNAL_DUKCAPIL,
});

const PENDAFTARAN = { opd: 'DISDUKCAPIL', bidang: 'Bidang Pelayanan Pendaftaran Penduduk' };
const PENCATATAN = { opd: 'DISDUKCAPIL', bidang: 'Bidang Pelayanan Pencatatan Sipil' };
const SK_DUKCAPIL = 'Keputusan Kepala Disdukcapil Kota Tanjungbalai Nomor 470/012/Disdukcapil/2025 (demo)';
const SK_DUKCAPIL_2 = 'Keputusan Kepala Disdukcapil Kota Tanjungbalai Nomor 470/058/Disdukcapil/2026 (demo)';
const PEREKAMAN = { langkah: 'Pemohon datang ke Kantor Disdukcapil untuk perekaman biometrik (foto, sidik jari, iris) sesuai nomor antrian', aktor: 'Pemohon / operator perekaman' };

const F201 = dok('formulir-f201', 'Formulir pelaporan pencatatan sipil di dalam wilayah NKRI (F-2.01)', 'formulir');

const DUKCAPIL: LayananDemo[] = [
  {
    kode: 'ktp-el-baru', nama: 'KTP-el Baru', kategori: 'Kartu identitas', online: true, tempat: PENDAFTARAN, skNomor: SK_DUKCAPIL,
    ringkasan: 'Penerbitan KTP elektronik pertama bagi penduduk berusia 17 tahun atau yang sudah/pernah kawin.',
    standar: adminduk({
      persyaratan: [
        dok('kk', 'Kartu Keluarga (KK)', 'fotokopi'),
        dok('buku-nikah', 'Buku nikah / kutipan akta perkawinan', 'fotokopi', 'kondisional', 'Bagi penduduk yang belum berusia 17 tahun tetapi sudah atau pernah kawin'),
        isian('tanggal-lahir', 'Tanggal lahir pemohon', 'Untuk memastikan usia minimal 17 tahun'),
      ],
      prosedur: prosedurDukcapil('KTP-el', [PEREKAMAN]).filter((l) => !l.langkah.includes('diunduh')).concat([{ langkah: 'KTP-el dicetak dan diambil pemohon di loket', aktor: 'Petugas loket' }]),
      nilai: 1, satuan: 'hari_kerja', produk: 'Kartu Tanda Penduduk elektronik (KTP-el); dapat juga diaktifkan Identitas Kependudukan Digital (IKD)',
      dasarTambahan: ['Peraturan Menteri Dalam Negeri Nomor 72 Tahun 2022 tentang Standar dan Spesifikasi Perangkat Keras, Perangkat Lunak, dan Blangko KTP-el serta Penyelenggaraan Identitas Kependudukan Digital'],
    }),
  },
  {
    kode: 'ktp-el-perubahan', nama: 'KTP-el Perubahan Data', kategori: 'Kartu identitas', online: true, tempat: PENDAFTARAN, skNomor: SK_DUKCAPIL,
    ringkasan: 'Penerbitan ulang KTP-el karena perubahan elemen data (nama, status perkawinan, pekerjaan, agama, alamat).',
    standar: adminduk({
      persyaratan: [
        dok('ktp-el-lama', 'KTP-el lama', 'asli'),
        dok('kk', 'Kartu Keluarga (KK) yang telah memuat data terbaru', 'fotokopi'),
        dok('bukti-perubahan', 'Dokumen bukti perubahan data (akta, buku nikah, ijazah, surat keterangan, dll.)', 'fotokopi'),
      ],
      prosedur: prosedurDukcapil('KTP-el').filter((l) => !l.langkah.includes('diunduh')).concat([{ langkah: 'KTP-el dicetak dan diambil pemohon di loket dengan menyerahkan KTP-el lama', aktor: 'Petugas loket' }]),
      nilai: 1, satuan: 'hari_kerja', produk: 'KTP-el dengan data terbaru',
    }),
  },
  {
    kode: 'ktp-el-hilang-rusak', nama: 'KTP-el Hilang atau Rusak', kategori: 'Kartu identitas', online: true, tempat: PENDAFTARAN, skNomor: SK_DUKCAPIL,
    ringkasan: 'Penggantian KTP-el yang hilang atau rusak.',
    standar: adminduk({
      persyaratan: [
        dok('surat-kehilangan', 'Surat keterangan kehilangan dari Kepolisian', 'asli', 'kondisional', 'Bila KTP-el hilang'),
        dok('ktp-el-rusak', 'KTP-el yang rusak', 'asli', 'kondisional', 'Bila KTP-el rusak; diserahkan saat pengambilan'),
        dok('kk', 'Kartu Keluarga (KK)', 'fotokopi'),
      ],
      prosedur: prosedurDukcapil('KTP-el').filter((l) => !l.langkah.includes('diunduh')).concat([{ langkah: 'KTP-el pengganti dicetak dan diambil pemohon di loket', aktor: 'Petugas loket' }]),
      nilai: 1, satuan: 'hari_kerja', produk: 'KTP-el pengganti',
    }),
  },
  {
    kode: 'kk-baru', nama: 'Kartu Keluarga Baru', kategori: 'Kartu Keluarga', online: true, tempat: PENDAFTARAN, skNomor: SK_DUKCAPIL,
    ringkasan: 'Penerbitan KK baru karena membentuk keluarga baru, pindah datang, atau penggantian kepala keluarga.',
    standar: adminduk({
      persyaratan: [
        dok('buku-nikah', 'Buku nikah / kutipan akta perkawinan atau kutipan akta perceraian', 'fotokopi', 'kondisional', 'Bila membentuk keluarga baru atau setelah perceraian'),
        dok('sptjm-perkawinan', 'SPTJM perkawinan/perceraian belum tercatat', 'formulir', 'kondisional', 'Bila perkawinan/perceraian belum tercatat'),
        dok('skpwni', 'Surat Keterangan Pindah (SKPWNI) / SKPLN', 'asli', 'kondisional', 'Bila penduduk pindah datang dari daerah lain atau dari luar negeri'),
        dok('surat-pengganti-identitas', 'Surat keterangan pengganti tanda identitas', 'asli', 'kondisional', 'Bagi penduduk rentan administrasi kependudukan'),
        dok('keppres-pewarganegaraan', 'Petikan Keputusan Presiden tentang pewarganegaraan dan berita acara sumpah', 'fotokopi', 'kondisional', 'Bagi penduduk yang memperoleh kewarganegaraan Indonesia'),
        dok('formulir-f101', 'Formulir biodata keluarga (F-1.01)', 'formulir'),
      ],
      prosedur: prosedurDukcapil('Kartu Keluarga'),
      nilai: 1, satuan: 'hari_kerja', produk: 'Kartu Keluarga (dokumen elektronik ber-TTE, dicetak mandiri di kertas HVS A4 80 gram)',
    }),
  },
  {
    kode: 'kk-perubahan', nama: 'Kartu Keluarga Perubahan Data', kategori: 'Kartu Keluarga', online: true, tempat: PENDAFTARAN,
    skNomor: SK_DUKCAPIL,
    ringkasan: 'Penerbitan KK karena penambahan/pengurangan anggota keluarga atau perubahan elemen data.',
    standar: adminduk({
      persyaratan: [
        dok('kk-lama', 'Kartu Keluarga lama', 'asli'),
        dok('bukti-peristiwa', 'Bukti peristiwa kependudukan/penting (kutipan akta kelahiran, akta kematian, SKPWNI, putusan pengadilan)', 'fotokopi'),
        dok('formulir-f106', 'Formulir pernyataan perubahan elemen data kependudukan (F-1.06)', 'formulir', 'kondisional', 'Bila yang berubah adalah elemen data (pendidikan, pekerjaan, dll.)'),
      ],
      prosedur: prosedurDukcapil('Kartu Keluarga'),
      nilai: 3, satuan: 'hari_kerja', produk: 'Kartu Keluarga dengan data terbaru',
    }),
    // Shorter time after the office's SIAK upgrade (the demo's visible change of standard).
    versi2: { ubah: { jangkaWaktuNilai: 1 }, skNomor: SK_DUKCAPIL_2 },
  },
  {
    kode: 'kk-hilang-rusak', nama: 'Kartu Keluarga Hilang atau Rusak', kategori: 'Kartu Keluarga', online: true, tempat: PENDAFTARAN, skNomor: SK_DUKCAPIL,
    ringkasan: 'Penerbitan ulang KK yang hilang atau rusak.',
    standar: adminduk({
      persyaratan: [
        dok('surat-kehilangan', 'Surat keterangan kehilangan dari Kepolisian', 'asli', 'kondisional', 'Bila KK hilang'),
        dok('kk-rusak', 'Kartu Keluarga yang rusak', 'asli', 'kondisional', 'Bila KK rusak'),
        dok('ktp-el', 'KTP-el kepala keluarga', 'fotokopi'),
      ],
      prosedur: prosedurDukcapil('Kartu Keluarga'),
      nilai: 1, satuan: 'hari_kerja', produk: 'Kartu Keluarga pengganti',
    }),
  },
  {
    kode: 'akta-kelahiran', nama: 'Akta Kelahiran', kategori: 'Akta pencatatan sipil', online: true, tempat: PENCATATAN, skNomor: SK_DUKCAPIL,
    ringkasan: 'Pencatatan kelahiran dan penerbitan kutipan akta kelahiran (dilaporkan paling lambat 60 hari sejak kelahiran).',
    standar: adminduk({
      persyaratan: [
        dok('surat-keterangan-lahir', 'Surat keterangan lahir dari rumah sakit/puskesmas/bidan/lurah', 'asli', 'kondisional', 'Bila tidak ada, ganti dengan SPTJM kebenaran data kelahiran (F-2.03) dan 2 orang saksi'),
        dok('sptjm-kelahiran', 'SPTJM kebenaran data kelahiran (F-2.03)', 'formulir', 'kondisional', 'Bila tidak ada surat keterangan lahir'),
        dok('buku-nikah', 'Buku nikah / kutipan akta perkawinan orang tua', 'fotokopi', 'kondisional', 'Bila tidak ada, ganti dengan SPTJM kebenaran sebagai pasangan suami istri (F-2.04)'),
        dok('sptjm-pasutri', 'SPTJM kebenaran sebagai pasangan suami istri (F-2.04)', 'formulir', 'kondisional', 'Bila perkawinan orang tua belum tercatat'),
        dok('berita-acara-polri', 'Berita acara pemeriksaan dari Kepolisian', 'asli', 'kondisional', 'Bagi anak yang tidak diketahui asal usulnya'),
        dok('kk', 'Kartu Keluarga (KK) tempat anak didaftarkan', 'fotokopi'),
        F201,
        isian('nama-anak', 'Nama lengkap anak'),
        isian('tanggal-lahir-anak', 'Tanggal lahir anak'),
      ],
      prosedur: prosedurDukcapil('Kutipan akta kelahiran'),
      nilai: 1, satuan: 'hari_kerja', produk: 'Kutipan akta kelahiran dan Kartu Keluarga yang memuat anak (ber-TTE)',
    }),
  },
  {
    kode: 'akta-kematian', nama: 'Akta Kematian', kategori: 'Akta pencatatan sipil', online: true, tempat: PENCATATAN, skNomor: SK_DUKCAPIL,
    ringkasan: 'Pencatatan kematian dan penerbitan kutipan akta kematian (dilaporkan paling lambat 30 hari sejak kematian).',
    standar: adminduk({
      persyaratan: [
        dok('surat-kematian', 'Surat keterangan kematian dari dokter/rumah sakit atau lurah', 'asli', 'kondisional', 'Bagi kematian yang diketahui; bila tidak ada, lihat persyaratan lain'),
        dok('surat-polri', 'Surat keterangan Kepolisian', 'asli', 'kondisional', 'Bagi orang yang tidak jelas identitasnya'),
        dok('penetapan-pengadilan', 'Salinan penetapan pengadilan', 'fotokopi', 'kondisional', 'Bagi orang yang hilang atau tidak diketahui jenazahnya'),
        dok('kk', 'Kartu Keluarga (KK) almarhum/almarhumah', 'fotokopi'),
        dok('ktp-el-almarhum', 'KTP-el almarhum/almarhumah', 'asli', 'kondisional', 'Bila ada; diserahkan untuk ditarik'),
        F201,
        isian('nama-almarhum', 'Nama lengkap almarhum/almarhumah'),
        isian('tanggal-kematian', 'Tanggal kematian'),
      ],
      prosedur: prosedurDukcapil('Kutipan akta kematian'),
      nilai: 60, satuan: 'menit', produk: 'Kutipan akta kematian dan Kartu Keluarga yang diperbarui (ber-TTE)',
    }),
  },
  {
    kode: 'akta-perkawinan', nama: 'Akta Perkawinan (non-Muslim)', kategori: 'Akta pencatatan sipil', online: true, tempat: PENCATATAN, skNomor: SK_DUKCAPIL,
    ringkasan: 'Pencatatan perkawinan bagi penduduk non-Muslim dan penghayat kepercayaan (perkawinan penduduk Muslim dicatat di KUA).',
    standar: adminduk({
      persyaratan: [
        dok('surat-perkawinan-agama', 'Surat keterangan telah terjadinya perkawinan dari pemuka agama/penghayat kepercayaan', 'asli'),
        dok('pas-foto-berdampingan', 'Pas foto berwarna suami dan istri berdampingan ukuran 4×6', 'asli'),
        dok('ktp-el-pasangan', 'KTP-el suami dan istri', 'fotokopi'),
        dok('kk', 'Kartu Keluarga (KK) suami dan istri', 'fotokopi'),
        dok('paspor', 'Paspor dan izin dari perwakilan negaranya', 'fotokopi', 'kondisional', 'Bila salah satu pasangan warga negara asing'),
        F201,
      ],
      prosedur: prosedurDukcapil('Kutipan akta perkawinan'),
      nilai: 3, satuan: 'hari_kerja', produk: 'Kutipan akta perkawinan dan Kartu Keluarga baru (ber-TTE)',
    }),
  },
  {
    kode: 'akta-perceraian', nama: 'Akta Perceraian', kategori: 'Akta pencatatan sipil', online: true, tempat: PENCATATAN, skNomor: SK_DUKCAPIL,
    ringkasan: 'Pencatatan perceraian berdasarkan putusan pengadilan (dilaporkan paling lambat 60 hari sejak putusan berkekuatan hukum tetap).',
    standar: adminduk({
      persyaratan: [
        dok('putusan-pengadilan', 'Salinan putusan pengadilan yang telah berkekuatan hukum tetap', 'fotokopi'),
        dok('kutipan-akta-perkawinan', 'Kutipan akta perkawinan', 'asli'),
        dok('ktp-el', 'KTP-el pemohon', 'fotokopi'),
        dok('kk', 'Kartu Keluarga (KK)', 'fotokopi'),
        F201,
      ],
      prosedur: prosedurDukcapil('Kutipan akta perceraian'),
      nilai: 3, satuan: 'hari_kerja', produk: 'Kutipan akta perceraian dan Kartu Keluarga yang diperbarui (ber-TTE)',
    }),
  },
  {
    kode: 'skpwni', nama: 'Surat Keterangan Pindah (SKPWNI)', kategori: 'Pindah datang', online: true, tempat: PENDAFTARAN, skNomor: SK_DUKCAPIL,
    ringkasan: 'Penerbitan Surat Keterangan Pindah WNI untuk penduduk yang pindah ke luar Kota Tanjungbalai (tanpa surat pengantar RT/RW).',
    standar: adminduk({
      persyaratan: [
        dok('kk', 'Kartu Keluarga (KK)', 'fotokopi'),
        dok('formulir-f103', 'Formulir permohonan pindah (F-1.03)', 'formulir'),
        isian('alamat-tujuan', 'Alamat tujuan pindah (kelurahan/desa, kecamatan, kabupaten/kota, provinsi)'),
      ],
      prosedur: prosedurDukcapil('SKPWNI'),
      nilai: 1, satuan: 'hari_kerja', produk: 'Surat Keterangan Pindah WNI (SKPWNI) ber-TTE, dan KK baru bagi anggota keluarga yang tidak pindah',
    }),
  },
  {
    kode: 'kia', nama: 'Kartu Identitas Anak (KIA)', kategori: 'Kartu identitas', online: true, tempat: PENDAFTARAN, skNomor: SK_DUKCAPIL,
    ringkasan: 'Penerbitan Kartu Identitas Anak bagi anak berusia di bawah 17 tahun.',
    standar: adminduk({
      persyaratan: [
        dok('akta-kelahiran-anak', 'Kutipan akta kelahiran anak', 'fotokopi'),
        dok('kk', 'Kartu Keluarga (KK) orang tua/wali', 'fotokopi'),
        dok('ktp-el-orang-tua', 'KTP-el kedua orang tua/wali', 'fotokopi'),
        dok('pas-foto-anak', 'Pas foto berwarna anak ukuran 2×3 (2 lembar)', 'asli', 'kondisional', 'Bagi anak berusia 5 tahun atau lebih'),
      ],
      prosedur: prosedurDukcapil('KIA').filter((l) => !l.langkah.includes('diunduh')).concat([{ langkah: 'KIA dicetak dan diambil orang tua/wali di loket', aktor: 'Petugas loket' }]),
      nilai: 1, satuan: 'hari_kerja', produk: 'Kartu Identitas Anak (KIA), berlaku sampai anak berusia 5 tahun atau 17 tahun kurang satu hari',
      dasarTambahan: ['Peraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 tentang Kartu Identitas Anak'],
    }),
  },
];

// ------------------------------------------------------------------------------------- other OPDs

const kanalOpd = (opd: string) => [
  'SIKAP: menu Pengaduan di portal layanan (/pengaduan), dapat anonim atau dirahasiakan',
  'SP4N-LAPOR!: www.lapor.go.id atau SMS ke 1708',
  `Meja informasi dan kotak pengaduan di kantor ${opd}`,
];
const internal = (o: { sarpras: string; pelaksana: string; kompetensi: string }) => ({
  sarpras: o.sarpras, kompetensiPelaksana: o.kompetensi,
  pengawasanInternal: 'Pengawasan melekat oleh atasan langsung; pemeriksaan oleh Inspektorat Kota Tanjungbalai.',
  jumlahPelaksana: o.pelaksana,
  jaminanPelayanan: 'Maklumat pelayanan perangkat daerah; pelayanan sesuai standar yang dipublikasikan.',
  jaminanKeamanan: 'Data pribadi pemohon dilindungi sesuai UU 27/2022; berkas hanya dapat dibuka petugas berwenang dan pemohon.',
  evaluasiKinerja: 'Survei Kepuasan Masyarakat setiap triwulan dan pemantauan ketepatan waktu penyelesaian melalui SIKAP.',
});
const UU_PELAYANAN = 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik';

const LAINNYA: LayananDemo[] = [
  {
    kode: 'pendampingan-nib', nama: 'Pendampingan Perizinan Berusaha (NIB) melalui OSS', kategori: 'Perizinan', online: true,
    tempat: { opd: 'DPMPTSP', bidang: 'Bidang Pelayanan Perizinan dan Nonperizinan' },
    skNomor: 'Keputusan Kepala DPMPTSP Kota Tanjungbalai Nomor 503/021/DPMPTSP/2025 (demo)',
    ringkasan: 'Bantuan penerbitan Nomor Induk Berusaha (NIB) bagi usaha mikro dan kecil melalui sistem OSS berbasis risiko.',
    standar: {
      persyaratan: [
        dok('ktp-el', 'KTP-el pemilik usaha', 'fotokopi'),
        dok('npwp', 'NPWP pemilik usaha', 'fotokopi', 'kondisional', 'Bila sudah memiliki NPWP'),
        isian('nama-usaha', 'Nama dan bidang usaha'),
        isian('alamat-usaha', 'Alamat lokasi usaha'),
      ],
      prosedur: [
        { langkah: 'Pemohon mengajukan permohonan pendampingan melalui SIKAP', aktor: 'Pemohon' },
        { langkah: 'Petugas memverifikasi data dan menjadwalkan pendampingan', aktor: 'Petugas front office' },
        { langkah: 'Petugas mendampingi pengisian data usaha di OSS RBA', aktor: 'Petugas pendamping' },
        { langkah: 'NIB terbit dari sistem OSS dan diunduh pemohon', aktor: 'Pemohon' },
      ],
      jangkaWaktuNilai: 1, jangkaWaktuSatuan: 'hari_kerja', biayaRupiah: 0, biayaKeterangan: 'Tidak dipungut biaya.',
      produk: 'Nomor Induk Berusaha (NIB) yang diterbitkan sistem OSS',
      pengaduanKanal: kanalOpd('DPMPTSP / Mal Pelayanan Publik'),
      dasarHukum: [UU_PELAYANAN, 'Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Perppu Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang', 'Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko'],
      ...internal({ sarpras: 'Loket pendampingan di Mal Pelayanan Publik, komputer dan akses internet untuk OSS.', pelaksana: '3 orang petugas pendamping.', kompetensi: 'Menguasai sistem OSS RBA dan klasifikasi KBLI.' }),
    },
  },
  {
    kode: 'sip-tenaga-kesehatan', nama: 'Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan', kategori: 'Perizinan', online: true,
    tempat: { opd: 'DPMPTSP', bidang: 'Bidang Pelayanan Perizinan dan Nonperizinan' },
    skNomor: 'Keputusan Kepala DPMPTSP Kota Tanjungbalai Nomor 503/021/DPMPTSP/2025 (demo)',
    ringkasan: 'Penerbitan SIP dokter, dokter gigi, bidan, perawat dan tenaga kesehatan lain yang berpraktik di Kota Tanjungbalai.',
    standar: {
      persyaratan: [
        dok('str', 'Surat Tanda Registrasi (STR) yang masih berlaku', 'fotokopi'),
        dok('rekomendasi-dinkes', 'Rekomendasi dari Dinas Kesehatan', 'asli'),
        dok('surat-keterangan-fasyankes', 'Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tempat praktik', 'asli'),
        dok('pas-foto', 'Pas foto berwarna ukuran 4×6', 'asli'),
        dok('ktp-el', 'KTP-el', 'fotokopi'),
      ],
      prosedur: [
        { langkah: 'Pemohon mengajukan permohonan melalui SIKAP dan mengunggah persyaratan', aktor: 'Pemohon' },
        { langkah: 'Petugas memverifikasi kelengkapan berkas', aktor: 'Petugas front office' },
        { langkah: 'Tim teknis memeriksa kesesuaian tempat praktik', aktor: 'Tim teknis' },
        { langkah: 'SIP ditandatangani secara elektronik', aktor: 'Kepala DPMPTSP' },
        { langkah: 'SIP diunduh pemohon', aktor: 'Pemohon' },
      ],
      jangkaWaktuNilai: 5, jangkaWaktuSatuan: 'hari_kerja', biayaRupiah: 0, biayaKeterangan: 'Tidak dipungut biaya.',
      produk: 'Surat Izin Praktik (SIP) ber-TTE',
      pengaduanKanal: kanalOpd('DPMPTSP / Mal Pelayanan Publik'),
      dasarHukum: [UU_PELAYANAN, 'Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan'],
      ...internal({ sarpras: 'Loket perizinan di Mal Pelayanan Publik, ruang tunggu, aplikasi SIKAP.', pelaksana: '4 orang petugas dan 1 tim teknis.', kompetensi: 'Memahami ketentuan perizinan tenaga kesehatan.' }),
    },
    versi2: { ubah: { jangkaWaktuNilai: 3 }, skNomor: 'Keputusan Kepala DPMPTSP Kota Tanjungbalai Nomor 503/044/DPMPTSP/2026 (demo)' },
  },
  {
    kode: 'slhs', nama: 'Sertifikat Laik Higiene Sanitasi (SLHS)', kategori: 'Kesehatan', online: true,
    tempat: { opd: 'DINKES', bidang: 'Bidang Kesehatan Masyarakat' },
    skNomor: 'Keputusan Kepala Dinas Kesehatan Kota Tanjungbalai Nomor 440/015/Dinkes/2025 (demo)',
    ringkasan: 'Sertifikat bagi rumah makan, jasa boga, depot air minum dan usaha pangan olahan setelah inspeksi kesehatan lingkungan.',
    standar: {
      persyaratan: [
        dok('nib', 'Nomor Induk Berusaha (NIB)', 'fotokopi'),
        dok('denah-lokasi', 'Denah lokasi dan denah bangunan tempat usaha', 'asli'),
        dok('sertifikat-penjamah', 'Sertifikat pelatihan keamanan pangan penjamah makanan', 'fotokopi'),
        dok('hasil-lab', 'Hasil pemeriksaan laboratorium sampel makanan/air', 'asli', 'kondisional', 'Bila sudah diperiksa; bila belum, sampel diambil saat inspeksi'),
      ],
      prosedur: [
        { langkah: 'Pemohon mengajukan permohonan melalui SIKAP', aktor: 'Pemohon' },
        { langkah: 'Petugas memverifikasi berkas dan menjadwalkan inspeksi', aktor: 'Petugas' },
        { langkah: 'Inspeksi kesehatan lingkungan dan pengambilan sampel', aktor: 'Tenaga sanitasi lingkungan' },
        { langkah: 'Sertifikat ditandatangani secara elektronik', aktor: 'Kepala Dinas Kesehatan' },
      ],
      jangkaWaktuNilai: 10, jangkaWaktuSatuan: 'hari_kerja', biayaRupiah: 0,
      biayaKeterangan: 'Tidak dipungut biaya; biaya uji laboratorium sampel (bila diperlukan) sesuai tarif laboratorium.',
      produk: 'Sertifikat Laik Higiene Sanitasi ber-TTE',
      pengaduanKanal: kanalOpd('Dinas Kesehatan'),
      dasarHukum: [UU_PELAYANAN, 'Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan'],
      ...internal({ sarpras: 'Kendaraan inspeksi, alat uji cepat (test kit) dan laboratorium kesehatan daerah.', pelaksana: '6 orang tenaga sanitasi lingkungan.', kompetensi: 'Tenaga sanitasi lingkungan bersertifikat.' }),
    },
  },
  {
    kode: 'sk-dtsen', nama: 'Surat Keterangan Terdaftar Data Sosial Ekonomi (DTSEN)', kategori: 'Sosial', online: true,
    tempat: { opd: 'DINSOS', bidang: 'Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin' },
    skNomor: 'Keputusan Kepala Dinas Sosial Kota Tanjungbalai Nomor 460/009/Dinsos/2025 (demo)',
    ringkasan: 'Surat keterangan bahwa keluarga terdaftar dalam data sosial ekonomi nasional, untuk keperluan bantuan sosial, beasiswa atau keringanan biaya.',
    standar: {
      persyaratan: [
        dok('kk', 'Kartu Keluarga (KK)', 'fotokopi'),
        dok('ktp-el', 'KTP-el pemohon', 'fotokopi'),
        isian('keperluan', 'Keperluan surat keterangan (mis. beasiswa, berobat)'),
      ],
      prosedur: [
        { langkah: 'Pemohon mengajukan permohonan melalui SIKAP', aktor: 'Pemohon' },
        { langkah: 'Petugas memeriksa status keluarga dalam data sosial ekonomi', aktor: 'Petugas' },
        { langkah: 'Surat keterangan ditandatangani secara elektronik', aktor: 'Kepala Bidang' },
        { langkah: 'Surat keterangan diunduh pemohon', aktor: 'Pemohon' },
      ],
      jangkaWaktuNilai: 1, jangkaWaktuSatuan: 'hari_kerja', biayaRupiah: 0, biayaKeterangan: 'Tidak dipungut biaya.',
      produk: 'Surat keterangan terdaftar ber-TTE, atau penjelasan cara pengusulan bila belum terdaftar',
      pengaduanKanal: kanalOpd('Dinas Sosial'),
      dasarHukum: [UU_PELAYANAN, 'Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin', 'Instruksi Presiden Nomor 4 Tahun 2025 tentang Data Tunggal Sosial dan Ekonomi Nasional'],
      ...internal({ sarpras: 'Loket pelayanan Dinas Sosial dan akses aplikasi data sosial ekonomi.', pelaksana: '3 orang petugas.', kompetensi: 'Memahami pengelolaan data kesejahteraan sosial.' }),
    },
  },
  {
    kode: 'kartu-ak1', nama: 'Kartu Tanda Bukti Pendaftaran Pencari Kerja (Kartu Kuning/AK-1)', kategori: 'Ketenagakerjaan', online: true,
    tempat: { opd: 'DISNAKER', bidang: 'Bidang Penempatan dan Perluasan Kesempatan Kerja' },
    skNomor: 'Keputusan Kepala Dinas Tenaga Kerja Kota Tanjungbalai Nomor 560/011/Disnaker/2025 (demo)',
    ringkasan: 'Kartu AK/1 bagi pencari kerja yang berdomisili di Kota Tanjungbalai.',
    standar: {
      persyaratan: [
        dok('ktp-el', 'KTP-el', 'fotokopi'),
        dok('ijazah', 'Ijazah pendidikan terakhir', 'fotokopi'),
        dok('pas-foto', 'Pas foto berwarna ukuran 3×4', 'asli'),
        dok('sertifikat-keterampilan', 'Sertifikat keterampilan/pelatihan', 'fotokopi', 'kondisional', 'Bila ada'),
      ],
      prosedur: [
        { langkah: 'Pencari kerja mendaftar melalui SIKAP atau SIAPkerja dan mengunggah persyaratan', aktor: 'Pemohon' },
        { langkah: 'Petugas pengantar kerja memverifikasi data', aktor: 'Pengantar kerja' },
        { langkah: 'Kartu AK/1 diterbitkan dan diunduh pemohon', aktor: 'Pengantar kerja' },
      ],
      jangkaWaktuNilai: 60, jangkaWaktuSatuan: 'menit', biayaRupiah: 0, biayaKeterangan: 'Tidak dipungut biaya.',
      produk: 'Kartu AK/1 (Kartu Kuning) elektronik',
      pengaduanKanal: kanalOpd('Dinas Tenaga Kerja'),
      dasarHukum: [UU_PELAYANAN, 'Peraturan Menteri Ketenagakerjaan Nomor 39 Tahun 2016 tentang Penempatan Tenaga Kerja'],
      ...internal({ sarpras: 'Loket pelayanan pencari kerja dan papan informasi lowongan.', pelaksana: '2 orang pengantar kerja.', kompetensi: 'Pengantar kerja bersertifikat.' }),
    },
  },
  {
    kode: 'uji-berkala-kendaraan', nama: 'Pengujian Berkala Kendaraan Bermotor (KIR)', kategori: 'Perhubungan', online: false,
    tempat: { opd: 'DISHUB', bidang: 'Bidang Lalu Lintas dan Angkutan Jalan' },
    skNomor: 'Keputusan Kepala Dinas Perhubungan Kota Tanjungbalai Nomor 550/017/Dishub/2025 (demo)',
    ringkasan: 'Uji berkala kendaraan angkutan barang dan penumpang umum setiap 6 bulan; kendaraan wajib dibawa ke unit pengujian.',
    standar: {
      persyaratan: [
        dok('stnk', 'STNK yang masih berlaku', 'fotokopi'),
        dok('buku-uji', 'Buku uji/kartu uji (BLUe) lama', 'asli', 'kondisional', 'Bagi uji berkala ulang'),
        dok('ktp-el', 'KTP-el pemilik', 'fotokopi'),
      ],
      prosedur: [
        { langkah: 'Pemilik membawa kendaraan ke Unit Pelaksana Pengujian Kendaraan Bermotor', aktor: 'Pemilik kendaraan' },
        { langkah: 'Pendaftaran dan pembayaran retribusi di loket', aktor: 'Petugas loket' },
        { langkah: 'Pemeriksaan teknis dan laik jalan', aktor: 'Penguji kendaraan bermotor' },
        { langkah: 'Kartu uji diterbitkan', aktor: 'Kepala unit pengujian' },
      ],
      jangkaWaktuNilai: 60, jangkaWaktuSatuan: 'menit', biayaRupiah: 85_000,
      biayaKeterangan: 'Retribusi pengujian kendaraan bermotor sesuai Perda Kota Tanjungbalai tentang Pajak Daerah dan Retribusi Daerah (nilai demo).',
      produk: 'Kartu uji berkala (BLUe) dan tanda lulus uji',
      pengaduanKanal: kanalOpd('Dinas Perhubungan'),
      dasarHukum: [UU_PELAYANAN, 'Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan', 'Peraturan Menteri Perhubungan Nomor PM 19 Tahun 2021 tentang Pengujian Berkala Kendaraan Bermotor'],
      ...internal({ sarpras: 'Gedung dan peralatan uji kendaraan bermotor terakreditasi.', pelaksana: '5 orang penguji kendaraan bermotor.', kompetensi: 'Penguji bersertifikat kompetensi.' }),
    },
  },
  {
    kode: 'kartu-anggota-perpustakaan', nama: 'Kartu Anggota Perpustakaan Daerah', kategori: 'Pendidikan dan kebudayaan', online: true,
    tempat: { opd: 'DISPUSIP', bidang: 'Bidang Perpustakaan' },
    skNomor: 'Keputusan Kepala Dinas Perpustakaan dan Kearsipan Kota Tanjungbalai Nomor 041/007/Dispusip/2025 (demo)',
    ringkasan: 'Keanggotaan perpustakaan daerah untuk meminjam buku, gratis bagi warga.',
    standar: {
      persyaratan: [
        dok('identitas', 'KTP-el, KIA atau kartu pelajar', 'fotokopi'),
        dok('pas-foto', 'Pas foto berwarna', 'asli', 'kondisional', 'Bila tidak mengunggah foto wajah dari ponsel'),
      ],
      prosedur: [
        { langkah: 'Pemohon mendaftar melalui SIKAP', aktor: 'Pemohon' },
        { langkah: 'Pustakawan memverifikasi data', aktor: 'Pustakawan' },
        { langkah: 'Kartu anggota diterbitkan (digital) dan dapat dicetak di perpustakaan', aktor: 'Pustakawan' },
      ],
      jangkaWaktuNilai: 30, jangkaWaktuSatuan: 'menit', biayaRupiah: 0, biayaKeterangan: 'Tidak dipungut biaya.',
      produk: 'Kartu anggota perpustakaan (digital/cetak)',
      pengaduanKanal: kanalOpd('Dinas Perpustakaan dan Kearsipan'),
      dasarHukum: [UU_PELAYANAN, 'Undang-Undang Nomor 43 Tahun 2007 tentang Perpustakaan'],
      ...internal({ sarpras: 'Ruang baca, katalog daring, komputer pendaftaran.', pelaksana: '2 orang pustakawan.', kompetensi: 'Pustakawan.' }),
    },
  },
  {
    kode: 'sk-domisili', nama: 'Surat Keterangan Domisili', kategori: 'Surat keterangan', online: true, tempat: { kecamatanPertama: true },
    skNomor: 'Keputusan Camat Nomor 470/005/2025 (demo)',
    ringkasan: 'Surat keterangan tempat tinggal bagi penduduk (termasuk penduduk non-permanen) di wilayah kecamatan.',
    standar: {
      persyaratan: [
        dok('ktp-el', 'KTP-el', 'fotokopi'),
        dok('kk', 'Kartu Keluarga (KK)', 'fotokopi'),
        dok('surat-pengantar-lurah', 'Surat pengantar dari lurah', 'asli'),
        isian('keperluan', 'Keperluan surat keterangan'),
      ],
      prosedur: [
        { langkah: 'Pemohon mengajukan permohonan melalui SIKAP atau di loket kecamatan', aktor: 'Pemohon' },
        { langkah: 'Petugas memverifikasi berkas', aktor: 'Petugas pelayanan' },
        { langkah: 'Surat keterangan ditandatangani', aktor: 'Camat / Sekretaris Camat' },
        { langkah: 'Surat keterangan diunduh atau diambil pemohon', aktor: 'Pemohon' },
      ],
      jangkaWaktuNilai: 1, jangkaWaktuSatuan: 'hari_kerja', biayaRupiah: 0, biayaKeterangan: 'Tidak dipungut biaya.',
      produk: 'Surat keterangan domisili',
      pengaduanKanal: kanalOpd('kecamatan'),
      dasarHukum: [UU_PELAYANAN, 'Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan'],
      ...internal({ sarpras: 'Loket PATEN (pelayanan administrasi terpadu kecamatan) dan ruang tunggu.', pelaksana: '3 orang petugas PATEN.', kompetensi: 'Memahami SOP PATEN.' }),
    },
  },
];

/** Every demo layanan, Disdukcapil first (urutan = position). */
export const KATALOG_DEMO: readonly LayananDemo[] = [...DUKCAPIL, ...LAINNYA];

// --------------------------------------------------------------------------------------- maklumat

const TEKS_MAKLUMAT = 'Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan, '
  + 'memberikan pelayanan tanpa pungutan di luar ketentuan, dan menindaklanjuti setiap pengaduan. Apabila kami tidak menepati janji ini, '
  + 'kami siap menerima sanksi sesuai dengan ketentuan peraturan perundang-undangan yang berlaku.';

// ----------------------------------------------------------------------------- complaint categories

/** A complaint category = an Open311 service type (`kode` = service_code), with the OPD that handles it by default. */
export type KategoriPengaduanDemo = { kode: string; nama: string; deskripsi: string; grup: string; kataKunci: string; opd: string | null };

export const KATEGORI_PENGADUAN_DEMO: readonly KategoriPengaduanDemo[] = [
  { kode: 'adminduk', nama: 'Pelayanan administrasi kependudukan', deskripsi: 'KTP-el, KK, akta, pindah datang, KIA: keterlambatan, penolakan, data salah.', grup: 'Pelayanan publik', kataKunci: 'ktp,kk,akta,kia,dukcapil,pindah', opd: 'DISDUKCAPIL' },
  { kode: 'perizinan', nama: 'Perizinan dan nonperizinan', deskripsi: 'NIB, izin praktik, PBG dan izin lain di DPMPTSP / Mal Pelayanan Publik.', grup: 'Pelayanan publik', kataKunci: 'izin,nib,oss,pbg,mpp', opd: 'DPMPTSP' },
  { kode: 'sampah', nama: 'Kebersihan dan sampah', deskripsi: 'Sampah tidak diangkut, TPS penuh, pembuangan sampah liar.', grup: 'Lingkungan', kataKunci: 'sampah,kebersihan,tps', opd: 'DLH' },
  { kode: 'jalan-rusak', nama: 'Jalan dan jembatan rusak', deskripsi: 'Jalan berlubang, jembatan rusak, trotoar rusak.', grup: 'Infrastruktur', kataKunci: 'jalan,lubang,jembatan,trotoar', opd: 'PUPR' },
  { kode: 'drainase-banjir', nama: 'Drainase dan genangan banjir', deskripsi: 'Parit tersumbat, genangan air, banjir rob.', grup: 'Infrastruktur', kataKunci: 'parit,drainase,banjir,genangan,rob', opd: 'PUPR' },
  { kode: 'penerangan-jalan', nama: 'Penerangan jalan umum', deskripsi: 'Lampu jalan padam atau rusak.', grup: 'Infrastruktur', kataKunci: 'lampu,pju,penerangan', opd: 'DLH' },
  { kode: 'kesehatan', nama: 'Pelayanan kesehatan', deskripsi: 'Puskesmas, RSUD, imunisasi, sanitasi.', grup: 'Pelayanan publik', kataKunci: 'puskesmas,rsud,bpjs,kesehatan', opd: 'DINKES' },
  { kode: 'pendidikan', nama: 'Pendidikan', deskripsi: 'Sekolah, PPDB/SPMB, fasilitas sekolah.', grup: 'Pelayanan publik', kataKunci: 'sekolah,ppdb,spmb,guru', opd: 'DISDIK' },
  { kode: 'bansos', nama: 'Bantuan sosial', deskripsi: 'Bantuan sosial tidak tepat sasaran, pendataan DTSEN.', grup: 'Sosial', kataKunci: 'bansos,pkh,bpnt,dtks,dtsen', opd: 'DINSOS' },
  { kode: 'perilaku-petugas', nama: 'Perilaku petugas dan pungutan liar', deskripsi: 'Petugas tidak ramah, meminta imbalan, calo.', grup: 'Integritas', kataKunci: 'pungli,calo,petugas,suap', opd: 'INSPEKTORAT' },
  { kode: 'lainnya', nama: 'Lainnya', deskripsi: 'Pengaduan, aspirasi atau permintaan informasi lain.', grup: 'Lainnya', kataKunci: 'lain', opd: 'DISKOMINFO' },
];

// ------------------------------------------------------------------------------------------- seed

type Unit = { id: number; kode: string; nama: string; jenis: string; opd_id: number | null };

/** The unit a demo layanan lives in, or null when the organisation has no such OPD (small test orgs). */
function cariUnit(units: Unit[], t: Tempat): Unit | null {
  if ('kecamatanPertama' in t) return units.filter((u) => u.jenis === 'KECAMATAN').sort((a, b) => a.kode.localeCompare(b.kode))[0] ?? null;
  const opd = units.find((u) => u.kode === `OPD-${t.opd}`);
  if (!opd) return null;
  return (t.bidang && units.find((u) => u.opd_id === opd.id && u.nama === t.bidang)) || opd;
}

const opdDari = (units: Unit[], u: Unit) => units.find((x) => x.id === u.opd_id) ?? u;

/** One row of layanan_standar_versi from a standard. */
const versiRow = (layananId: number, versi: number, s: StandarIsi, berlakuMulai: Date, skNomor: string) => ({
  layananId, versi, terbit: true, berlakuMulai, skNomor,
  persyaratan: s.persyaratan, prosedur: s.prosedur, jangkaWaktuNilai: s.jangkaWaktuNilai, jangkaWaktuSatuan: s.jangkaWaktuSatuan,
  biayaRupiah: s.biayaRupiah, biayaKeterangan: s.biayaKeterangan ?? null, produk: s.produk,
  pengaduanKanal: s.pengaduanKanal, dasarHukum: s.dasarHukum, sarpras: s.sarpras ?? null,
  kompetensiPelaksana: s.kompetensiPelaksana ?? null, pengawasanInternal: s.pengawasanInternal ?? null,
  jumlahPelaksana: s.jumlahPelaksana ?? null, jaminanPelayanan: s.jaminanPelayanan ?? null,
  jaminanKeamanan: s.jaminanKeamanan ?? null, evaluasiKinerja: s.evaluasiKinerja ?? null,
});

export type HasilSeedKatalog = { layanan: number; versi: number; maklumat: number; kategori: number; dilewati: string[] };

async function seedLayanan(tx: DbOrTx, units: Unit[], hasil: HasilSeedKatalog): Promise<void> {
  const opdDipakai = new Map<number, Unit>();
  for (const [i, d] of KATALOG_DEMO.entries()) {
    const unit = cariUnit(units, d.tempat);
    if (!unit) {
      hasil.dilewati.push(d.kode);
      continue;
    }
    const [row] = await tx.insert(layanan).values({
      kode: d.kode, nama: d.nama, unitId: unit.id, kategori: d.kategori, ringkasan: d.ringkasan, online: d.online, urutan: i + 1,
    }).returning({ id: layanan.id });
    const versi = [versiRow(row!.id, 1, d.standar, waktuWib(BERLAKU_V1, '00:00'), d.skNomor)];
    if (d.versi2) versi.push(versiRow(row!.id, 2, { ...d.standar, ...d.versi2.ubah }, waktuWib(BERLAKU_V2, '00:00'), d.versi2.skNomor));
    await tx.insert(layananStandarVersi).values(versi);
    hasil.layanan++;
    hasil.versi += versi.length;
    const opd = opdDari(units, unit);
    opdDipakai.set(opd.id, opd);
  }
  const maklumat = [...opdDipakai.values()].map((opd) => ({
    unitId: opd.id, teks: TEKS_MAKLUMAT,
    penandatangan: opd.jenis === 'KECAMATAN' ? `Camat ${opd.nama.replace(/^Kecamatan\s+/i, '')}` : `Kepala ${opd.nama} Kota Tanjungbalai`,
    ditetapkan: '2025-12-15',
  }));
  if (maklumat.length) await tx.insert(layananMaklumat).values(maklumat).onConflictDoNothing();
  hasil.maklumat = maklumat.length;
}

const jumlah = async (tx: DbOrTx, tabel: 'layanan' | 'pengaduan_kategori') =>
  Number((await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from ${sql.identifier(tabel)}`))[0]?.n ?? 0);

/**
 * Seeds the catalogue, maklumat, complaint categories and the LAPOR! limits. Idempotent: each part is
 * skipped when its table already has rows (an admin's edits are never overwritten); the settings row
 * id = 1 is inserted only when missing. Layanan whose OPD does not exist in the organisation are skipped
 * (listed in `dilewati`).
 */
export async function seedLayananKatalog(database: Database): Promise<HasilSeedKatalog> {
  const { db } = database;
  const hasil: HasilSeedKatalog = { layanan: 0, versi: 0, maklumat: 0, kategori: 0, dilewati: [] };
  await db.transaction(async (tx) => {
    const units = await queryRows<Unit>(tx, sql`select id, kode, nama, jenis, opd_id from unit_organisasi where aktif`);
    if ((await jumlah(tx, 'layanan')) === 0) await seedLayanan(tx, units, hasil);
    if ((await jumlah(tx, 'pengaduan_kategori')) === 0) {
      await tx.insert(pengaduanKategori).values(KATEGORI_PENGADUAN_DEMO.map((k) => ({
        kode: k.kode, nama: k.nama, deskripsi: k.deskripsi, grup: k.grup, kataKunci: k.kataKunci,
        unitId: k.opd ? units.find((u) => u.kode === `OPD-${k.opd}`)?.id ?? null : null,
      })));
      hasil.kategori = KATEGORI_PENGADUAN_DEMO.length;
    }
    // SP4N-LAPOR! limits (PermenPANRB 62/2018; pelayanan.md §4.2): verify ≤3, follow up ≤5, auto-close 10 working days.
    await tx.insert(pengaduanPengaturan).values({ id: 1, hariVerifikasi: 3, hariTindakLanjut: 5, hariTutupOtomatis: 10 }).onConflictDoNothing();
  });
  return hasil;
}
