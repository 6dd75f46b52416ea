import { defineErrors } from '../../lib/app-error.ts';

/** Error codes of online applications (permohonan; pelayanan.md §2, issue #4). */
export const PermohonanErrors = defineErrors({
  /** 400: fields of the submission/action are invalid (NIK, KK, phone, consent, missing or unknown files…); `errors` names each. */
  DATA_TIDAK_VALID: ['VALIDASI', 'Data permohonan belum benar. Periksa kembali kolom yang ditandai.'],
  /** 404 (field layananKode): no such layanan, or it is inactive. */
  LAYANAN_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Layanan tidak ditemukan atau sedang tidak dibuka.'],
  /** 400 (field layananKode): the layanan publishes its standard but takes no online applications. */
  LAYANAN_TIDAK_ONLINE: ['VALIDASI', 'Layanan ini belum dapat diajukan secara online. Silakan datang ke kantor layanan.'],
  /** 409: the layanan has no published standar pelayanan in force (nothing to count the SLA against). */
  STANDAR_BELUM_BERLAKU: ['KONFLIK', 'Standar pelayanan layanan ini belum berlaku, sehingga permohonan online belum dapat diterima.'],
  /** 404: tracking with a wrong number/access-code pair (the same message for either, so neither can be probed). */
  LACAK_TIDAK_COCOK: ['TIDAK_DITEMUKAN', 'Nomor permohonan atau kode akses tidak cocok. Periksa kembali keduanya.'],
  /** 404: staff: no such case in your scope (another OPD's cases are reported the same way). */
  PERMOHONAN_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Permohonan tidak ditemukan.'],
  /** 404: no such file on this case. */
  BERKAS_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'Berkas tidak ditemukan.'],
  /** 409: the transition is not allowed from the current status (message from the domain). */
  TRANSISI_TIDAK_BOLEH: ['KONFLIK', 'Tindakan ini tidak dapat dilakukan pada status sekarang.'],
  /** 409: the case changed since it was read (`revisi` is stale): reload and try again. */
  PERMOHONAN_BERUBAH: ['KONFLIK', 'Permohonan ini baru saja diubah oleh orang lain. Muat ulang halaman lalu coba lagi.'],
  /** 409: selesaikan with pengambilan 'unduh' before the product PDF was uploaded. */
  HASIL_BELUM_DIUNGGAH: ['KONFLIK', 'Unggah dokumen hasil (PDF) terlebih dahulu sebelum menyelesaikan permohonan dengan pengambilan unduh.'],
  /** 400 (field body.petugasId): the pegawai is not an assignable petugas of the case's OPD. */
  PETUGAS_TIDAK_VALID: ['VALIDASI', 'Petugas yang dipilih bukan petugas layanan pada perangkat daerah ini.'],
  /** 409: automatic assignment without any petugas in the OPD. */
  TIDAK_ADA_PETUGAS: ['KONFLIK', 'Belum ada petugas layanan di perangkat daerah ini untuk ditugaskan.'],
  /** 409: the action needs a case waiting for the applicant's correction. */
  TIDAK_MENUNGGU_PERBAIKAN: ['KONFLIK', 'Permohonan ini tidak sedang menunggu perbaikan.'],
});
